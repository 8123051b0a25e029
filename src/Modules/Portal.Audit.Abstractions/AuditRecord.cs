namespace Portal.Audit;

/// <summary>
/// What happened; when and from where are filled in by the trail, and who too unless given (work
/// outside a request names the person it acts for).
/// </summary>
public sealed record AuditRecord(
    string Action,
    AuditOutcome Outcome,
    string? TargetKind = null,
    string? TargetId = null,
    string? Details = null,
    string? UserName = null,
    string? UserId = null);
