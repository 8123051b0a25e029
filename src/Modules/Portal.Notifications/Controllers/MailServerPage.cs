using Portal.Notifications.Mail;

namespace Portal.Notifications.Controllers;

/// <summary>The mail server form, whether a password is kept, the notices whose mail waits, and how delivery last went.</summary>
public sealed record MailServerPage(MailServerForm Form, bool HasPassword, int Pending, MailDelivery Delivery, IReadOnlyList<string> Errors);
