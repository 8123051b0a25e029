using Portal.Oversight.Board;

namespace Portal.Oversight.Endpoints;

/// <summary>An agency as the API gives it: its row's public facts, stage and (unless silent) figures.</summary>
public sealed record AgencyFigures(string Tenant, string Name, string AgencyCode, string Level, string? Parent, string Stage,
    DateTime? ComputedUtc, DateTime? ReceivedUtc, FigureSheet? Figures)
{
    public static AgencyFigures Of(AgencyStanding a) => new(a.Tenant.Name, a.Tenant.DisplayName, a.Tenant.AgencyCode,
        a.Tenant.Level.ToString(), a.ParentName, RolloutStageText.Code(a.Stage), a.Figures?.ComputedUtc, a.Figures?.ReceivedUtc, a.Shown);
}
