using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Outbox;
using Portal.Core.Data;
using Portal.Incoming.Models;
using Portal.Search;
using Portal.Secrets;

namespace Portal.Incoming.Services;

/// <summary>
/// An incoming secret document's share kept here: its attachments and thumbnails, and its text (subject, notes, direction,
/// result, reasons, the timeline's notes and the hand-overs' notes). Erasing keeps number, sender, dates and level.
/// </summary>
internal sealed class IncomingSecretContent(IncomingDb db, IOutbox outbox) : ISecretContent
{
    public async Task<IReadOnlyList<Guid>> FilesAsync(string kind, int id, CancellationToken cancellationToken)
    {
        if (kind != IncomingFeature.Kind)
            return [];
        var files = await db.Attachments.AsNoTracking().Where(a => a.DocumentId == id).Select(a => new { a.FileId, a.ThumbnailFileId })
            .ToListAsync(cancellationToken);
        return files.Select(f => f.FileId).Concat(files.Where(f => f.ThumbnailFileId != null).Select(f => f.ThumbnailFileId!.Value)).ToList();
    }

    public async Task EraseAsync(string kind, int id, CancellationToken cancellationToken)
    {
        if (kind != IncomingFeature.Kind)
            return;
        var now = StoredTime.UtcNow;
        await db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Subject, "").SetProperty(d => d.Notes, "")
            .SetProperty(d => d.Direction, "").SetProperty(d => d.Result, "").SetProperty(d => d.CancelReason, "")
            .SetProperty(d => d.DuplicateReason, "").SetProperty(d => d.ErasedUtc, now), cancellationToken);
        await db.Events.Where(e => e.DocumentId == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Note, ""), cancellationToken);
        await db.HandOvers.Where(h => h.DocumentId == id).ExecuteUpdateAsync(s => s.SetProperty(h => h.Notes, ""), cancellationToken);
        await db.Attachments.Where(a => a.DocumentId == id).ExecuteDeleteAsync(cancellationToken);
        // The search source no longer finds an erased document, so the index drops its entry.
        await outbox.AddAsync(DocumentChanged.Topic, new DocumentChanged(IncomingFeature.Kind, id.ToString(CultureInfo.InvariantCulture)), cancellationToken);
    }
}
