namespace Portal.Notifications.Mail;

/// <summary>The outbox message asking for the mail of one event's notices: the event's key, nothing of the document.</summary>
public sealed record NoticeMail(string SourceKey)
{
    public const string Topic = "notifications.mail";
}
