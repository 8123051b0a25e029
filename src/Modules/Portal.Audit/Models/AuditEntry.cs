namespace Portal.Audit.Models;

/// <summary>
/// One link of the chain. <see cref="Position"/> counts from 1 without gaps; <see cref="Mac"/> is a
/// keyed MAC over the entry and the previous entry's MAC, with a key kept outside the tenant's store.
/// </summary>
public sealed class AuditEntry
{
    public long Position { get; set; }
    public DateTime TimestampUtc { get; set; }
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public required string Action { get; set; }
    public AuditOutcome Outcome { get; set; }
    public string TargetKind { get; set; } = "";
    public string TargetId { get; set; } = "";
    public string RemoteAddress { get; set; } = "";
    public string Details { get; set; } = "";
    public required string PreviousMac { get; set; }
    public string Mac { get; set; } = "";
}
