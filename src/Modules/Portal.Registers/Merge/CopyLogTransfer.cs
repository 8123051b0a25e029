using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Registers.Models;
using Portal.Registers.Services;
using Portal.Reorganisation;

namespace Portal.Registers.Merge;

/// <summary>
/// The copy log in a merge, after the documents it names: each line moves with the number written on its copy (kept as
/// its origin, shown with the source's name), now naming the document's id in the target. A line whose document did not
/// come to this target stays behind with it; a line already moved (same origin) is skipped. The copy's own file is not
/// named any more: the document's files moved with the document under new ids.
/// </summary>
internal sealed class CopyLogTransfer(RegistersDb db, MovedDocuments documents, ITenantUnitOfWork unitOfWork, IAuditTrail audit) : ITenantTransfer
{
    public const string MovedIn = "register.copy-log-moved-in";

    public async Task<TransferSummary> SummariseAsync(CancellationToken cancellationToken) => new(await db.Copies.CountAsync(cancellationToken), []);

    public async Task<TransferBatch> ExportAsync(TransferWork work, string? after, int size, CancellationToken cancellationToken)
    {
        var from = TransferBatch.After(after);
        var copies = await db.Copies.AsNoTracking().Where(c => c.Id > from).OrderBy(c => c.Id).Take(size).ToListAsync(cancellationToken);
        return TransferBatch.Of(copies.Select(c => (checked((int)c.Id), c)).ToList(), size);
    }

    public async Task<int> ImportAsync(TransferWork work, TransferBatch batch, CancellationToken cancellationToken)
    {
        var rows = await work.UnmovedAsync<CopyRecord>(batch,
            origins => db.Copies.AsNoTracking().Where(c => origins.Contains(c.Origin!)).Select(c => c.Origin).ToListAsync(cancellationToken));
        var moved = await documents.FindAsync(work, rows.Select(c => (c.DocumentKind, c.DocumentId)), cancellationToken);
        var written = 0;
        await unitOfWork.InTransactionAsync(async () =>
        {
            foreach (var copy in rows)
            {
                if (!moved.TryGetValue((copy.DocumentKind, copy.DocumentId), out var documentId))
                    continue;
                copy.Origin = work.Origin(copy.Id.ToString(CultureInfo.InvariantCulture));
                copy.Id = 0;
                copy.DocumentId = documentId;
                copy.FileId = null;
                db.Copies.Add(copy);
                written++;
            }
            await db.SaveChangesAsync(cancellationToken);
            if (written > 0)
                await audit.RecordAsync(new AuditRecord(MovedIn, AuditOutcome.Succeeded, RegisterAuditActions.TargetKind, "sao-chup",
                    $"{written} dòng sổ quản lý sao, chụp của {work.Source} chuyển sang {work.Occasion} (giữ số bản đã ghi trên bản sao)",
                    UserName: work.ApprovedBy), cancellationToken);
        }, cancellationToken);
        return written;
    }

    public Task CloseSourceAsync(TransferWork work, CancellationToken cancellationToken) => Task.CompletedTask;
}
