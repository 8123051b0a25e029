using Microsoft.EntityFrameworkCore;
using Portal.Outgoing.Models;
using Portal.Oversight;
using Portal.Registers;

namespace Portal.Outgoing.Services;

/// <summary>Outgoing documents counted for the central office: by state and level, issued, and when the last one was made.</summary>
internal sealed class OutgoingFigures(OutgoingDb db) : IFigureSource
{
    public const string Group = "Văn bản đi";

    public string FeatureId => OutgoingFeature.Id;

    public async Task AddToAsync(FigureSheet sheet, CancellationToken cancellationToken)
    {
        var byState = await db.Documents.AsNoTracking().GroupBy(d => new { d.Status, d.Level })
            .Select(g => new { g.Key.Status, g.Key.Level, Count = g.LongCount() }).ToListAsync(cancellationToken);
        foreach (var cell in byState)
            sheet.Cell(Group, OutgoingMachine.StatusText(cell.Status), LevelName.Of(cell.Level), cell.Count);
        sheet.Counts[FigureKeys.OutgoingTotal] = byState.Sum(c => c.Count);
        sheet.Counts[FigureKeys.OutgoingIssued] = byState.Where(c => c.Status == OutgoingStatus.Issued).Sum(c => c.Count);
        sheet.Latest(FigureKeys.LastActivity, await db.Events.MaxAsync(e => (DateTime?)e.AtUtc, cancellationToken));
    }
}
