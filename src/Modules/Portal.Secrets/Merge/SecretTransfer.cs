using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Reorganisation;
using Portal.Secrets.Models;
using Portal.Secrets.Services;

namespace Portal.Secrets.Merge;

/// <summary>
/// The register of state secrets in a merge, after the documents it names have moved: each line keeps its level, the day
/// it was set, its period, its status and its decisions, now naming the document's id in the target; a line still kept
/// gets an erasure key of the target's and the moved files are sealed to it, so a destruction decided there erases them.
/// A destroyed document's line moves as its record. A line the target already holds for that document is skipped. In a
/// split a line follows its document: it moves to the successor the document went to.
/// </summary>
internal sealed class SecretTransfer(SecretsDb db, MovedDocuments documents, SecretFiles files, ITenantUnitOfWork unitOfWork, IAuditTrail audit)
    : ITenantTransfer
{
    public const string MovedIn = "secret.moved-in";

    public async Task<TransferSummary> SummariseAsync(CancellationToken cancellationToken) =>
        new(await db.Entries.CountAsync(cancellationToken), []);

    public async Task<TransferBatch> ExportAsync(TransferWork work, string? after, int size, CancellationToken cancellationToken)
    {
        var from = TransferBatch.After(after);
        var entries = await db.Entries.AsNoTracking().Where(e => e.Id > from).OrderBy(e => e.Id).Take(size).ToListAsync(cancellationToken);
        var ids = entries.Select(e => e.Id).ToList();
        var decisions = await db.Decisions.AsNoTracking().Where(d => ids.Contains(d.EntryId)).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        return TransferBatch.Of(entries.Select(e => (e.Id, new MovedSecret(e, decisions.Where(d => d.EntryId == e.Id).ToList()))).ToList(), size);
    }

    public async Task<int> ImportAsync(TransferWork work, TransferBatch batch, CancellationToken cancellationToken)
    {
        var rows = batch.Rows.Select(r => JsonSerializer.Deserialize<MovedSecret>(r.Json)!).ToList();
        var moved = await documents.FindAsync(work, rows.Select(r => (r.Entry.DocumentKind, r.Entry.DocumentId)), cancellationToken);
        var written = 0;
        await unitOfWork.InTransactionAsync(async () =>
        {
            foreach (var row in rows)
            {
                var source = row.Entry;
                if (!moved.TryGetValue((source.DocumentKind, source.DocumentId), out var documentId))
                {
                    // In a split the document went to another successor, and its line with it.
                    if (work.IsSplit)
                        continue;
                    throw new InvalidOperationException(
                        $"Văn bản {source.NumberSymbol} ({source.DocumentKind} {source.DocumentId}) của {work.Source} chưa được chuyển sang {work.Target}.");
                }
                if (await db.Entries.AnyAsync(e => e.DocumentKind == source.DocumentKind && e.DocumentId == documentId, cancellationToken))
                    continue;
                await ImportAsync(work, row, documentId, cancellationToken);
                written++;
            }
        }, cancellationToken);
        return written;
    }

    public Task CloseSourceAsync(TransferWork work, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ImportAsync(TransferWork work, MovedSecret row, int documentId, CancellationToken cancellationToken)
    {
        var entry = row.Entry;
        var sourceDocument = entry.DocumentId;
        entry.Id = 0;
        entry.DocumentId = documentId;
        entry.ErasureKeyId = null;
        db.Entries.Add(entry);
        await files.SealAsync(entry, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var decision in row.Decisions)
        {
            decision.Id = 0;
            decision.EntryId = entry.Id;
            db.Decisions.Add(decision);
        }
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord(MovedIn, AuditOutcome.Succeeded, entry.DocumentKind, Id(documentId),
            $"{entry.NumberSymbol}: dòng sổ quản lý bí mật nhà nước chuyển từ {work.Source} (văn bản {sourceDocument} ở đó) {work.Occasion}, " +
            $"{SecretText.Level(entry.Level)}, bảo vệ đến {entry.EndsOn:dd/MM/yyyy}, {row.Decisions.Count} quyết định", UserName: work.ApprovedBy),
            cancellationToken);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
