using Portal.Core.Tenancy;

namespace Portal.Oversight.Board;

/// <summary>The dashboard's filters: text (name, prefix or code), level, stage, the parent agency to drill into, and only those behind a deadline.</summary>
public sealed record BoardFilter(string? Query, AgencyLevel? Level, RolloutStage? Stage, string? Parent, bool BehindOnly = false)
{
    public bool Matches(AgencyStanding a) =>
        (string.IsNullOrWhiteSpace(Query)
            || a.Tenant.DisplayName.Contains(Query.Trim(), StringComparison.OrdinalIgnoreCase)
            || a.Tenant.Name.Contains(Query.Trim(), StringComparison.OrdinalIgnoreCase)
            || a.Tenant.AgencyCode.Contains(Query.Trim(), StringComparison.OrdinalIgnoreCase))
        && (Level is null || a.Tenant.Level == Level)
        && (Stage is null || a.Stage == Stage)
        && (Parent is null || a.ParentName == Parent)
        && (!BehindOnly || a.Behind is not null);
}
