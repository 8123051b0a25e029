using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Files;
using Portal.Outgoing.Models;
using Portal.Outgoing.Services;
using Portal.Registers;
using Portal.Reorganisation;
using Portal.Search;

namespace Portal.Outgoing.Merge;

/// <summary>
/// Outgoing documents in a merge, drafts and issued ones alike. An issued document keeps its number in the closed copy of
/// its source book (<see cref="TransferredBook"/>); its signed and issued PDFs are stored again under the target's keys
/// and checked by hash after decryption (the signatures inside them are the source's, as issued); its versions,
/// timeline and access list come with it (users keep their ids). A document already moved (same origin) is skipped.
/// In a split a document goes to its drafter's successor, with the access of those who go there.
/// </summary>
internal sealed class OutgoingTransfer(OutgoingDb db, IAccessList access, IFileVault vault, ITenantUnitOfWork unitOfWork, IAuditTrail audit,
    IOutbox outbox) : IDocumentTransfer
{
    public const string MovedIn = "outgoing.moved-in";

    public async Task<TransferSummary> SummariseAsync(CancellationToken cancellationToken) =>
        new(await db.Documents.CountAsync(cancellationToken), []);

    public async Task<TransferBatch> ExportAsync(TransferWork work, string? after, int size, CancellationToken cancellationToken)
    {
        var from = TransferBatch.After(after);
        var read = await db.Documents.AsNoTracking().Where(d => d.Id > from).OrderBy(d => d.Id).Take(size).ToListAsync(cancellationToken);
        var documents = read.Where(d => work.Takes(d.DrafterId)).ToList();
        var ids = documents.Select(d => d.Id).ToList();
        var versions = await db.Versions.AsNoTracking().Where(v => ids.Contains(v.DocumentId)).OrderBy(v => v.Id).ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking().Where(e => ids.Contains(e.DocumentId)).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var rows = new List<(int, MovedOutgoing)>();
        foreach (var d in documents)
            rows.Add((d.Id, new MovedOutgoing(d, versions.Where(v => v.DocumentId == d.Id).ToList(), events.Where(e => e.DocumentId == d.Id).ToList(),
                await access.MembersAsync(OutgoingDrafting.Resource(d.Id), cancellationToken))));
        return TransferBatch.Of(rows, read.Select(d => d.Id).ToList(), size);
    }

    public async Task<int> ImportAsync(TransferWork work, TransferBatch batch, CancellationToken cancellationToken)
    {
        var rows = await work.UnmovedAsync<MovedOutgoing>(batch,
            origins => db.Documents.AsNoTracking().Where(d => origins.Contains(d.Origin!)).Select(d => d.Origin).ToListAsync(cancellationToken));
        var files = new CarriedFiles(work, vault);
        foreach (var d in rows.Select(r => r.Document))
        {
            if (d.SignedFileId is { } signed)
                await files.CarryAsync(signed, $"van-ban-di-{d.Id}-da-ky.pdf", cancellationToken);
            if (d.IssuedFileId is { } issued)
                await files.CarryAsync(issued, $"van-ban-di-{d.NumberSymbol.Replace('/', '-')}.pdf", cancellationToken);
        }
        await unitOfWork.InTransactionAsync(async () =>
        {
            foreach (var moved in rows)
                await ImportAsync(work, moved, files, cancellationToken);
        }, cancellationToken);
        return rows.Count;
    }

    public Task CloseSourceAsync(TransferWork work, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyDictionary<int, int>> MovedAsync(TransferWork work, IReadOnlyCollection<int> sourceIds, CancellationToken cancellationToken) =>
        work.MovedAsync(sourceIds, async origins => (await db.Documents.AsNoTracking().Where(d => origins.Contains(d.Origin!))
            .Select(d => new { d.Id, d.Origin }).ToListAsync(cancellationToken)).Select(d => (d.Id, d.Origin!)).ToList());

    private async Task ImportAsync(TransferWork work, MovedOutgoing moved, CarriedFiles files, CancellationToken cancellationToken)
    {
        var document = moved.Document;
        var sourceId = document.Id;
        document.Id = 0;
        document.Origin = work.Origin(Id(sourceId));
        if (document.BookCode.Length > 0)
            document.BookCode = TransferredBook.Code(document.BookCode, work.SourceIndex);
        if (document.SignedFileId is { } signed)
            document.SignedFileId = await files.RecordAsync(signed, cancellationToken);
        if (document.IssuedFileId is { } issued)
            document.IssuedFileId = await files.RecordAsync(issued, cancellationToken);
        db.Documents.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var v in moved.Versions)
        {
            v.Id = 0;
            v.DocumentId = document.Id;
            db.Versions.Add(v);
        }
        foreach (var e in moved.Events)
        {
            e.Id = 0;
            e.DocumentId = document.Id;
            db.Events.Add(e);
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var entry in moved.Access.Where(e => work.Takes(e.UserId)))
            await access.AddAsync(entry with { Resource = OutgoingDrafting.Resource(document.Id) }, cancellationToken);
        var number = document.NumberSymbol.Length > 0 ? $"số {document.NumberSymbol}, nay ở sổ {document.BookCode}" : "chưa phát hành";
        await audit.RecordAsync(new AuditRecord(MovedIn, AuditOutcome.Succeeded, OutgoingFeature.Kind, Id(document.Id),
            $"Chuyển từ {work.Source} (văn bản đi {sourceId} ở đó, {number}) {work.Occasion}; tệp PDF mã hóa lại bằng khóa của {work.Target}",
            UserName: work.ApprovedBy), cancellationToken);
        await outbox.AddAsync(DocumentChanged.Topic, new DocumentChanged(OutgoingFeature.Kind, Id(document.Id)), cancellationToken);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
