namespace Portal.Notifications.Models;

/// <summary>When a person last opened the digest page: the next digest tells what happened after it.</summary>
public sealed class DigestVisit
{
    public string UserId { get; set; } = "";
    public DateTime VisitedUtc { get; set; }
}
