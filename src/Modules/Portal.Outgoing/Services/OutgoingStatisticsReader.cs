using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Outgoing.Models;

namespace Portal.Outgoing.Services;

/// <summary>
/// The viewer's outgoing documents for a leader's report: the ones their list shows (they draft, review, check or sign
/// them) at a level their clearance covers, drafted in the period (Vietnam days), by state and level.
/// </summary>
internal sealed class OutgoingStatisticsReader(OutgoingDb db) : IOutgoingStatistics
{
    public async Task<IReadOnlyList<OutgoingStateCount>> ByStateAsync(ClaimsPrincipal viewer, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var person = Person.Of(viewer);
        var me = person.UserId;
        // The period's bounds in UTC: Vietnam's day starts at 17:00 UTC the day before.
        var start = DateTime.SpecifyKind(from.ToDateTime(TimeOnly.MinValue).AddHours(-7), DateTimeKind.Utc);
        var end = DateTime.SpecifyKind(to.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-7), DateTimeKind.Utc);
        var counts = await db.Documents.AsNoTracking()
            .Where(d => d.DrafterId == me || d.ReviewerId == me || d.ClerkId == me || d.SignerId == me)
            .Where(d => d.CreatedUtc >= start && d.CreatedUtc < end)
            .GroupBy(d => new { d.Status, d.Level }).Select(g => new { g.Key.Status, g.Key.Level, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. counts.Where(c => c.Level == SecrecyLevel.Declassified || person.Covers(c.Level)).OrderBy(c => c.Status)
            .Select(c => new OutgoingStateCount(OutgoingMachine.StatusText(c.Status), c.Level, c.Count))];
    }
}
