using System.Security.Claims;
using Portal.Access;
using Portal.Audit;
using Portal.Calendar;
using Portal.Identity;
using Portal.Core.Tenancy;
using Portal.Incoming;
using Portal.Outgoing;

namespace Portal.Reports.Services;

/// <summary>
/// Makes a leader's report from Incoming's statistics for the viewer (only what the viewer may open) and the accounts'
/// units, and records each reading or print in the audit trail.
/// </summary>
public sealed class LeaderReports(IIncomingStatistics statistics, IOutgoingStatistics outgoing, ITenantAccessor tenants, IAccountDirectory accounts,
    IWorkingCalendar calendar, IAuditTrail audit)
{
    public const string NoUnit = "(Chưa thuộc đơn vị)";

    /// <summary>The agency's leaders and the units' heads; anyone else is answered as if there were no reports.</summary>
    public static bool MayRead(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Head) || user.IsInRole(Roles.Deputy) || user.IsInRole(Roles.UnitLeader);

    public DateOnly Today => calendar.Today;

    public async Task<LeaderReport> MakeAsync(ClaimsPrincipal viewer, ReportPeriod period, string action, CancellationToken cancellationToken)
    {
        var figures = await statistics.OfAsync(viewer, period.From, period.To, cancellationToken);
        var units = (await accounts.ListAsync(cancellationToken)).ToDictionary(a => a.UserId, a => a.Unit.Length == 0 ? NoUnit : a.Unit);
        string UnitOf(string? userId) => userId is not null && units.TryGetValue(userId, out var unit) ? unit : NoUnit;

        var byState = Rows(figures.ByState.Select(c => (c.State, c.Level, c.Count)));
        var outgoingByState = tenants.Required.HasFeature(OutgoingFeature.Id)
            ? Rows((await outgoing.ByStateAsync(viewer, period.From, period.To, cancellationToken)).Select(c => (c.State, c.Level, c.Count)))
            : null;
        var report = new LeaderReport(period, calendar.Today, byState, outgoingByState,
            Groups(figures.Overdue, d => UnitOf(d.HolderUserId)),
            Groups(figures.Overdue, d => d.HolderName.Length == 0 ? "(Chưa giao)" : d.HolderName),
            figures.Overdue,
            [.. figures.Handled.GroupBy(h => UnitOf(h.LeadUserId)).Select(g => Handling(g.Key, [.. g])).OrderBy(h => h.Unit, StringComparer.Ordinal)],
            Handling("Tổng số", figures.Handled));

        await audit.RecordAsync(new AuditRecord(action, AuditOutcome.Succeeded, ReportsFeature.Target, "incoming",
            $"Báo cáo văn bản đến {period}: {byState.Sum(s => s.Total)} văn bản vào sổ, {figures.Overdue.Count} quá hạn, {figures.Handled.Count} đã xử lý" +
            (outgoingByState is null ? "" : $"; văn bản đi {outgoingByState.Sum(s => s.Total)}")),
            cancellationToken);
        return report;
    }

    private static List<StateRow> Rows(IEnumerable<(string State, SecrecyLevel Level, int Count)> counts) =>
        [.. counts.GroupBy(c => c.State).Select(g => new StateRow(g.Key,
            g.Where(c => c.Level == SecrecyLevel.Declassified).Sum(c => c.Count),
            g.Where(c => c.Level == SecrecyLevel.Mat).Sum(c => c.Count),
            g.Where(c => c.Level == SecrecyLevel.ToiMat).Sum(c => c.Count)))];

    private static List<OverdueGroup> Groups(IReadOnlyList<OverdueDocument> overdue, Func<OverdueDocument, string> key) =>
        [.. overdue.GroupBy(key).Select(g => new OverdueGroup(g.Key, g.Count(), g.Max(d => d.WorkingDaysLate)))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name, StringComparer.Ordinal)];

    private static HandlingRow Handling(string unit, IReadOnlyList<HandledDocument> handled)
    {
        if (handled.Count == 0)
            return new HandlingRow(unit, 0, 0, 0, 0);
        var days = handled.Select(h => (double)h.WorkingDays).Order().ToList();
        var median = days.Count % 2 == 1 ? days[days.Count / 2] : (days[days.Count / 2 - 1] + days[days.Count / 2]) / 2;
        return new HandlingRow(unit, handled.Count, median, Math.Round(days.Average(), 1), handled.Count(h => h.Late));
    }
}
