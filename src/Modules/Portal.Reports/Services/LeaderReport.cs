using Portal.Access;
using Portal.Incoming;

namespace Portal.Reports.Services;

/// <summary>A leader's report for a period, made only of the documents the leader may open.</summary>
public sealed record LeaderReport(
    ReportPeriod Period,
    DateOnly Today,
    IReadOnlyList<StateRow> ByState,
    /// <summary>Outgoing documents drafted in the period by state; null in an agency without outgoing documents.</summary>
    IReadOnlyList<StateRow>? OutgoingByState,
    IReadOnlyList<OverdueGroup> OverdueByUnit,
    IReadOnlyList<OverdueGroup> OverdueByPerson,
    IReadOnlyList<OverdueDocument> Overdue,
    IReadOnlyList<HandlingRow> Handling,
    HandlingRow HandlingTotal)
{
    /// <summary>The highest classification among the documents the report lists; null when it lists none.</summary>
    public SecrecyLevel? HighestListed => Overdue.Count == 0 ? null : Overdue.Max(d => d.Level);
}
