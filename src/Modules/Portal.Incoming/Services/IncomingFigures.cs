using Microsoft.EntityFrameworkCore;
using Portal.Calendar;
using Portal.Incoming.Models;
using Portal.Oversight;
using Portal.Registers;

namespace Portal.Incoming.Services;

/// <summary>Incoming documents counted for the central office: by state and level, overdue (in working days, as the lists count it), time to handle, first and last registration.</summary>
internal sealed class IncomingFigures(IncomingDb db, IWorkingCalendar calendar) : IFigureSource
{
    public const string Group = "Văn bản đến";

    public string FeatureId => IncomingFeature.Id;

    public async Task AddToAsync(FigureSheet sheet, CancellationToken cancellationToken)
    {
        var byState = await db.Documents.AsNoTracking().GroupBy(d => new { d.Status, d.Level })
            .Select(g => new { g.Key.Status, g.Key.Level, Count = g.LongCount() }).ToListAsync(cancellationToken);
        foreach (var cell in byState)
            sheet.Cell(Group, StatusText.Of(cell.Status), LevelName.Of(cell.Level), cell.Count);
        sheet.Counts[FigureKeys.IncomingTotal] = byState.Sum(c => c.Count);
        var passed = await calendar.LatestPassedDeadlineAsync(cancellationToken);
        sheet.Counts[FigureKeys.IncomingOverdue] = await IncomingQueries.PastDeadline(db.Documents, passed).LongCountAsync(cancellationToken);
        sheet.Counts[FigureKeys.IncomingMedianHours] = await MedianHoursAsync(cancellationToken);
        sheet.Earliest(FigureKeys.FirstDocument, await db.Documents.MinAsync(d => (DateTime?)d.RegisteredUtc, cancellationToken));
        sheet.Latest(FigureKeys.LastActivity, await db.Events.MaxAsync(e => (DateTime?)e.AtUtc, cancellationToken));
    }

    /// <summary>Median hours from registration to "Đã xử lý" over the documents handled.</summary>
    private async Task<long> MedianHoursAsync(CancellationToken cancellationToken)
    {
        var spans = await db.Documents.AsNoTracking().Where(d => d.Status == IncomingStatus.Done)
            .Select(d => new { d.RegisteredUtc, DoneUtc = db.Events.Where(e => e.DocumentId == d.Id && e.To == IncomingStatus.Done).Max(e => (DateTime?)e.AtUtc) })
            .ToListAsync(cancellationToken);
        var hours = spans.Where(s => s.DoneUtc is not null).Select(s => (s.DoneUtc!.Value - s.RegisteredUtc).TotalHours).Order().ToList();
        return hours.Count == 0 ? 0 : (long)Math.Round(hours[hours.Count / 2]);
    }
}
