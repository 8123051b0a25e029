using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Outgoing.Models;
using Portal.Search;
using Portal.Secrets;

namespace Portal.Outgoing.Services;

/// <summary>
/// An outgoing secret document's share kept here: the signed and issued PDFs, and its text (subject, every version's subject
/// and body, the timeline's notes). Erasing keeps number and symbol, dates, signer and level.
/// </summary>
internal sealed class OutgoingSecretContent(OutgoingDb db, IOutbox outbox) : ISecretContent
{
    public async Task<IReadOnlyList<Guid>> FilesAsync(string kind, int id, CancellationToken cancellationToken)
    {
        if (kind != OutgoingFeature.Kind)
            return [];
        var files = await db.Documents.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.SignedFileId, d.IssuedFileId })
            .FirstOrDefaultAsync(cancellationToken);
        return new[] { files?.SignedFileId, files?.IssuedFileId }.OfType<Guid>().ToList();
    }

    public async Task EraseAsync(string kind, int id, CancellationToken cancellationToken)
    {
        if (kind != OutgoingFeature.Kind)
            return;
        var now = StoredTime.UtcNow;
        await db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Subject, "").SetProperty(d => d.SignedFileId, (Guid?)null)
            .SetProperty(d => d.IssuedFileId, (Guid?)null).SetProperty(d => d.ErasedUtc, now), cancellationToken);
        await db.Versions.Where(v => v.DocumentId == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.Subject, "").SetProperty(v => v.Body, ""),
            cancellationToken);
        await db.Events.Where(e => e.DocumentId == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Note, ""), cancellationToken);
        // The search source no longer finds an erased document, so the index drops its entry.
        await outbox.AddAsync(DocumentChanged.Topic, new DocumentChanged(OutgoingFeature.Kind, id.ToString(CultureInfo.InvariantCulture)), cancellationToken);
    }
}
