using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Files;
using Portal.Incoming.Models;
using Portal.Incoming.Services;
using Portal.Registers;
using Portal.Reorganisation;
using Portal.Search;

namespace Portal.Incoming.Merge;

/// <summary>
/// Incoming documents in a merge. Each keeps its arrival number in the closed copy of its source book
/// (<see cref="TransferredBook"/>); its files are stored again under the target's keys and checked by hash after
/// decryption; its access list names the same people (users keep their ids). A document already moved (same origin)
/// is skipped. Thumbnails are not carried: the target makes them again.
/// </summary>
internal sealed class IncomingTransfer(IncomingDb db, IAccessList access, IFileVault vault, IRegistrationBooks books,
    ITenantUnitOfWork unitOfWork, IAuditTrail audit, IOutbox outbox) : ITenantTransfer
{
    public const string MovedIn = "incoming.moved-in";

    public async Task<TransferSummary> SummariseAsync(CancellationToken cancellationToken) =>
        new(await db.Documents.CountAsync(cancellationToken), []);

    public async Task<TransferBatch> ExportAsync(TransferWork work, string? after, int size, CancellationToken cancellationToken)
    {
        var from = after is null ? 0 : int.Parse(after, CultureInfo.InvariantCulture);
        var documents = await db.Documents.AsNoTracking().Where(d => d.Id > from).OrderBy(d => d.Id).Take(size).ToListAsync(cancellationToken);
        var ids = documents.Select(d => d.Id).ToList();
        var participants = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.DocumentId)).ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking().Where(e => ids.Contains(e.DocumentId)).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var attachments = await db.Attachments.AsNoTracking().Where(a => ids.Contains(a.DocumentId)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var rows = new List<TransferRow>();
        foreach (var d in documents)
        {
            var moved = new MovedDocument(d, participants.Where(p => p.DocumentId == d.Id).ToList(), events.Where(e => e.DocumentId == d.Id).ToList(),
                attachments.Where(a => a.DocumentId == d.Id).ToList(), await access.MembersAsync(Participants.Resource(d.Id), cancellationToken));
            rows.Add(new TransferRow(Id(d.Id), JsonSerializer.Serialize(moved)));
        }
        return new TransferBatch(rows, documents.Count < size ? null : Id(documents[^1].Id));
    }

    public async Task<int> ImportAsync(TransferWork work, TransferBatch batch, CancellationToken cancellationToken)
    {
        var origins = batch.Rows.Select(r => Origin(work, r.SourceId)).ToList();
        var present = await db.Documents.AsNoTracking().Where(d => origins.Contains(d.Origin!)).Select(d => d.Origin).ToListAsync(cancellationToken);
        var rows = batch.Rows.Where(r => !present.Contains(Origin(work, r.SourceId))).Select(r => JsonSerializer.Deserialize<MovedDocument>(r.Json)!).ToList();
        // Files are received before the transaction opens, as an upload is: a crash leaves orphans the vault's sweep removes.
        var files = new Dictionary<Guid, (StoredFile File, string Sha256)>();
        foreach (var attachment in rows.SelectMany(r => r.Attachments))
        {
            var copy = await work.Files.CopyAsync(attachment.FileId, content => vault.StoreAsync(content, attachment.FileName, cancellationToken), cancellationToken);
            files[attachment.FileId] = (copy.Stored, copy.Sha256);
        }
        await unitOfWork.InTransactionAsync(async () =>
        {
            foreach (var moved in rows)
                await ImportAsync(work, moved, files, cancellationToken);
        }, cancellationToken);
        return rows.Count;
    }

    public Task CloseSourceAsync(TransferWork work, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ImportAsync(TransferWork work, MovedDocument moved, Dictionary<Guid, (StoredFile File, string Sha256)> files,
        CancellationToken cancellationToken)
    {
        var document = moved.Document;
        var (sourceId, sourceNumber) = (document.Id, $"{document.ArrivalNumber}/{document.Year}");
        var book = await books.FindAsync(TransferredBook.Code(document.BookCode, work.SourceIndex), cancellationToken)
            ?? throw new InvalidOperationException($"Sổ {document.BookCode} của {work.Source} chưa được chuyển sang {work.Target}.");
        document.Id = 0;
        document.BookId = book.Id;
        document.BookCode = book.Code;
        document.Origin = Origin(work, Id(sourceId));
        db.Documents.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var p in moved.Participants)
            db.Participants.Add(new IncomingParticipant { DocumentId = document.Id, UserId = p.UserId, Role = p.Role, AddedUtc = p.AddedUtc });
        foreach (var e in moved.Events)
        {
            e.Id = 0;
            e.DocumentId = document.Id;
            db.Events.Add(e);
        }
        foreach (var a in moved.Attachments)
        {
            var (file, sha256) = files[a.FileId];
            await vault.RecordAsync(file, cancellationToken);
            await CheckAsync(file.Id, sha256, a.FileName, cancellationToken);
            db.Attachments.Add(new IncomingAttachment
            {
                DocumentId = document.Id, FileId = file.Id, FileName = a.FileName, Kind = a.Kind, Length = a.Length, AddedUtc = a.AddedUtc, AddedBy = a.AddedBy,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var entry in moved.Access)
            await access.AddAsync(entry with { Resource = Participants.Resource(document.Id) }, cancellationToken);
        await audit.RecordAsync(new AuditRecord(MovedIn, AuditOutcome.Succeeded, IncomingFeature.Kind, Id(document.Id),
            $"Chuyển từ {work.Source} (văn bản {sourceId} ở đó, số đến {sourceNumber}, nay ở sổ {book.Code}) khi sáp nhập; " +
            $"{moved.Attachments.Count} tệp mã hóa lại bằng khóa của {work.Target}", UserName: work.ApprovedBy), cancellationToken);
        await outbox.AddAsync(DocumentChanged.Topic, new DocumentChanged(IncomingFeature.Kind, Id(document.Id)), cancellationToken);
    }

    /// <summary>The stored copy, decrypted with the target's keys, must be the source's content byte for byte.</summary>
    private async Task CheckAsync(Guid fileId, string sha256, string name, CancellationToken cancellationToken)
    {
        await using var content = await vault.OpenReadAsync(fileId, cancellationToken);
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
        if (hash != sha256)
            throw new InvalidOperationException($"Tệp '{name}' chuyển sang không khớp với bản gốc (SHA-256 khác).");
    }

    private static string Origin(TransferWork work, string sourceId) => $"{work.Source}:{sourceId}";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
