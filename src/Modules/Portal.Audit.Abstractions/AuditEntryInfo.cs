namespace Portal.Audit;

/// <summary>One entry of the trail as readers see it (without its chain fields).</summary>
public sealed record AuditEntryInfo(
    long Position,
    DateTime TimestampUtc,
    string UserName,
    string Action,
    AuditOutcome Outcome,
    string TargetKind,
    string TargetId,
    string RemoteAddress,
    string Details);
