using Microsoft.EntityFrameworkCore;
using Portal.Exchange.Models;
using Portal.Exchange.Receiving;
using Portal.Oversight;

namespace Portal.Exchange.Figures;

/// <summary>
/// Electronic exchange counted for the central office: envelopes sent (and still waiting for their recipient's node),
/// envelopes received by state, and the first exchange either way — a step of the rollout. Counts and times only: no
/// sender, recipient or document is named.
/// </summary>
internal sealed class ExchangeFigures(ExchangeDb db) : IFigureSource
{
    public const string Group = "Văn bản điện tử nhận được";

    public string FeatureId => ExchangeFeature.Id;

    public async Task AddToAsync(FigureSheet sheet, CancellationToken cancellationToken)
    {
        sheet.Counts[FigureKeys.ExchangeSent] = await db.Sendings.LongCountAsync(cancellationToken);
        sheet.Counts[FigureKeys.ExchangePending] = await db.Sendings.LongCountAsync(s => s.DeliveredUtc == null, cancellationToken);
        var received = await db.Arrivals.AsNoTracking().GroupBy(a => a.State).Select(g => new { State = g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        foreach (var cell in received)
            sheet.Cell(Group, ArrivalQueue.StateText(cell.State), "Số văn bản", cell.Count);
        sheet.Counts[FigureKeys.ExchangeReceived] = received.Sum(c => c.Count);
        sheet.Earliest(FigureKeys.FirstExchange, await db.Sendings.MinAsync(s => s.DeliveredUtc, cancellationToken));
        sheet.Earliest(FigureKeys.FirstExchange, await db.Arrivals.MinAsync(a => (DateTime?)a.ReceivedUtc, cancellationToken));
        sheet.Latest(FigureKeys.LastActivity, await db.Arrivals.MaxAsync(a => (DateTime?)a.ReceivedUtc, cancellationToken));
        sheet.Latest(FigureKeys.LastActivity, await db.Sendings.MaxAsync(s => (DateTime?)s.CreatedUtc, cancellationToken));
    }
}
