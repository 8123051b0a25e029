namespace Portal.Audit;

/// <summary>What happened; who, when and from where are filled in by the trail.</summary>
public sealed record AuditRecord(
    string Action,
    AuditOutcome Outcome,
    string? TargetKind = null,
    string? TargetId = null,
    string? Details = null,
    string? UserName = null);
