using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Calendar;
using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

/// <summary>
/// The viewer's figures, counted from <see cref="IncomingQueries.Visible"/> (the documents the viewer's lists show),
/// with overdue and handling times in working days on the tenant's calendar.
/// </summary>
internal sealed class IncomingStatisticsReader(IncomingDb db, IncomingQueries queries, IWorkingCalendar calendar) : IIncomingStatistics
{
    public async Task<IncomingStatistics> OfAsync(ClaimsPrincipal viewer, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var visible = queries.Visible(Actor.Of(viewer));
        var start = VietnamClock.StartUtc(from);
        var end = VietnamClock.StartUtc(to.AddDays(1));

        var byState = await visible.Where(d => d.ArrivedUtc >= start && d.ArrivedUtc < end)
            .GroupBy(d => new { d.Status, d.Level }).Select(g => new { g.Key.Status, g.Key.Level, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return new IncomingStatistics(
            [.. byState.OrderBy(c => c.Status).Select(c => new IncomingStateCount(StatusText.Of(c.Status), c.Level, c.Count))],
            await OverdueAsync(visible, cancellationToken),
            await HandledAsync(visible, start, end, cancellationToken));
    }

    private async Task<IReadOnlyList<OverdueDocument>> OverdueAsync(IQueryable<IncomingDocument> visible, CancellationToken cancellationToken)
    {
        var passed = await calendar.LatestPassedDeadlineAsync(cancellationToken);
        var late = await IncomingQueries.PastDeadline(visible, passed).OrderBy(d => d.Deadline).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.NumberSymbol, d.Sender, d.DocumentType, d.Subject, d.Level, Deadline = d.Deadline!.Value, d.Status,
                d.LeaderUserId, d.LeaderName, d.LeadUserId, d.LeadName })
            .ToListAsync(cancellationToken);
        var rows = new List<OverdueDocument>(late.Count);
        foreach (var d in late)
        {
            var waiting = d.Status == IncomingStatus.AwaitingDirection;
            rows.Add(new OverdueDocument(d.Id, d.NumberSymbol, d.Sender, $"{d.DocumentType} {d.Subject}".Trim(), d.Level, d.Deadline,
                StatusText.Of(d.Status), waiting ? d.LeaderUserId : d.LeadUserId, waiting ? d.LeaderName : d.LeadName,
                await calendar.WorkingDaysAfterAsync(d.Deadline, calendar.Today, cancellationToken)));
        }
        return rows;
    }

    private async Task<IReadOnlyList<HandledDocument>> HandledAsync(IQueryable<IncomingDocument> visible, DateTime start, DateTime end,
        CancellationToken cancellationToken)
    {
        var done = await visible.Where(d => d.Status == IncomingStatus.Done)
            .Select(d => new { d.Id, d.Level, d.LeadUserId, d.LeadName, d.RegisteredUtc, d.Deadline,
                DoneUtc = db.Events.Where(e => e.DocumentId == d.Id && e.To == IncomingStatus.Done).Max(e => (DateTime?)e.AtUtc) })
            .Where(d => d.DoneUtc >= start && d.DoneUtc < end)
            .ToListAsync(cancellationToken);
        var rows = new List<HandledDocument>(done.Count);
        foreach (var d in done)
        {
            var doneOn = VietnamClock.DateOf(d.DoneUtc!.Value);
            rows.Add(new HandledDocument(d.Id, d.Level, d.LeadUserId, d.LeadName,
                await calendar.WorkingDaysAfterAsync(VietnamClock.DateOf(d.RegisteredUtc), doneOn, cancellationToken),
                d.Deadline is { } deadline && doneOn > await calendar.SameOrNextWorkingDayAsync(deadline, cancellationToken)));
        }
        return rows;
    }
}
