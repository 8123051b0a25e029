namespace Portal.Notifications.Models;

/// <summary>
/// One notice for one person: what happened (kind) and to which resource, by reference only. Its text is made
/// when it is read, through the access check, so it never holds a document's number or subject.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string ResourceKind { get; set; } = "";
    public string ResourceId { get; set; } = "";
    /// <summary>The event it came from, so a message handled twice notifies once.</summary>
    public string SourceKey { get; set; } = "";
    /// <summary>What the event itself says beyond its kind, never a document's text: the recipient agency and its status for an exchange status.</summary>
    public string Detail { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime? ReadUtc { get; set; }
    /// <summary>A mail telling of this notice is still to be sent (the tenant has a mail server and the person wants it).</summary>
    public bool MailPending { get; set; }
    public DateTime? MailedUtc { get; set; }
}
