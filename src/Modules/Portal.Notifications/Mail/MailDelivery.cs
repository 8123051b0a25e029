namespace Portal.Notifications.Mail;

/// <summary>How the notices' mail last went, for the tenant admin: the last mail sent, the last failure and its reason.</summary>
public sealed record MailDelivery(DateTime? LastSentUtc, DateTime? LastFailedUtc, string LastError);
