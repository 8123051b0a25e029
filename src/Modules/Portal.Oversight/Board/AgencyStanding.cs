using Portal.Core.Tenancy;

namespace Portal.Oversight.Board;

/// <summary>An agency on the dashboard: its row, its parent (tenant name, when listed), its stage and, unless silent, its figures.</summary>
public sealed record AgencyStanding(TenantRecord Tenant, string? ParentName, RolloutStage Stage, Publication? Figures, int Children)
{
    /// <summary>The figures to show: none for a silent, disabled or unfinished agency (shown as "—", not as zero).</summary>
    public FigureSheet? Shown => Stage >= RolloutStage.SetUp ? Figures?.Sheet : null;

    /// <summary>The step of the rollout whose date has passed without the agency reaching it (see <see cref="RolloutDeadlines"/>).</summary>
    public string? Behind { get; init; }

    public static RolloutStage StageOf(TenantRecord tenant, Publication? figures, DateTime silentBefore) => tenant.State switch
    {
        TenantState.Uninitialized => RolloutStage.NotSetUp,
        TenantState.Disabled => RolloutStage.Disabled,
        _ when figures is null || figures.ComputedUtc < silentBefore => RolloutStage.Silent,
        _ when figures.Sheet.Time(FigureKeys.FirstDocument) is not null => RolloutStage.Working,
        _ when figures.Sheet.Count(FigureKeys.Users) > 1 => RolloutStage.UsersCreated,
        _ => RolloutStage.SetUp,
    };
}
