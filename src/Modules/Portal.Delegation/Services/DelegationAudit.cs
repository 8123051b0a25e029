namespace Portal.Delegation.Services;

/// <summary>The audit trail's words for absences.</summary>
public static class DelegationAudit
{
    public const string Marked = "delegation.absence-marked";
    public const string Cancelled = "delegation.absence-cancelled";
    public const string TargetKind = "absence";
}
