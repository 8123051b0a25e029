using Portal.Notifications.Models;

namespace Portal.Notifications.Mail;

/// <summary>The notices whose mail can go now, with the tenant's server and each receiver's address.</summary>
public sealed record PendingMail(MailServer Server, IReadOnlyList<Notification> Notices, IReadOnlyDictionary<string, string> Addresses);
