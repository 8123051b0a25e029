using System.Globalization;
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
/// decryption; its access list names the same people (users keep their ids); the hand-overs of its paper original keep
/// their numbers in the closed copy of the source's hand-over book. A document already moved (same origin)
/// is skipped. Thumbnails are not carried: the target makes them again. In a split a document goes to the successor of
/// the person who holds it (<see cref="Holder"/>), and only its people who go there keep their place and access.
/// </summary>
internal sealed class IncomingTransfer(IncomingDb db, IAccessList access, IFileVault vault, IRegistrationBooks books,
    ITenantUnitOfWork unitOfWork, IAuditTrail audit, IOutbox outbox) : IDocumentTransfer
{
    public const string MovedIn = "incoming.moved-in";

    public async Task<TransferSummary> SummariseAsync(CancellationToken cancellationToken) =>
        new(await db.Documents.CountAsync(cancellationToken), []);

    public async Task<TransferBatch> ExportAsync(TransferWork work, string? after, int size, CancellationToken cancellationToken)
    {
        var from = TransferBatch.After(after);
        var read = await db.Documents.AsNoTracking().Where(d => d.Id > from).OrderBy(d => d.Id).Take(size).ToListAsync(cancellationToken);
        var documents = read.Where(d => work.Takes(Holder(d))).ToList();
        var ids = documents.Select(d => d.Id).ToList();
        var participants = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.DocumentId)).ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking().Where(e => ids.Contains(e.DocumentId)).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var attachments = await db.Attachments.AsNoTracking().Where(a => ids.Contains(a.DocumentId)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var handOvers = await db.HandOvers.AsNoTracking().Where(h => ids.Contains(h.DocumentId)).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        var rows = new List<(int, MovedDocument)>();
        foreach (var d in documents)
            rows.Add((d.Id, new MovedDocument(d, participants.Where(p => p.DocumentId == d.Id).ToList(), events.Where(e => e.DocumentId == d.Id).ToList(),
                attachments.Where(a => a.DocumentId == d.Id).ToList(), await access.MembersAsync(Participants.Resource(d.Id), cancellationToken),
                handOvers.Where(h => h.DocumentId == d.Id).ToList())));
        return TransferBatch.Of(rows, read.Select(d => d.Id).ToList(), size);
    }

    /// <summary>Whom a document follows in a split: its lead handler, else the leader it waits on, else its addressee; else nobody (the main successor, with the clerk's office).</summary>
    private static string? Holder(IncomingDocument d) => d.LeadUserId ?? d.LeaderUserId ?? d.AddresseeUserId;

    public async Task<int> ImportAsync(TransferWork work, TransferBatch batch, CancellationToken cancellationToken)
    {
        var rows = await work.UnmovedAsync<MovedDocument>(batch,
            origins => db.Documents.AsNoTracking().Where(d => origins.Contains(d.Origin!)).Select(d => d.Origin).ToListAsync(cancellationToken));
        var files = new CarriedFiles(work, vault);
        foreach (var attachment in rows.SelectMany(r => r.Attachments))
            await files.CarryAsync(attachment.FileId, attachment.FileName, cancellationToken);
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

    private async Task ImportAsync(TransferWork work, MovedDocument moved, CarriedFiles files, CancellationToken cancellationToken)
    {
        var document = moved.Document;
        var (sourceId, sourceNumber) = (document.Id, $"{document.ArrivalNumber}/{document.Year}");
        var book = await MovedBookAsync(work, document.BookCode, cancellationToken);
        document.Id = 0;
        document.BookId = book.Id;
        document.BookCode = book.Code;
        document.Origin = work.Origin(Id(sourceId));
        db.Documents.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var p in moved.Participants.Where(p => work.Takes(p.UserId)))
            db.Participants.Add(new IncomingParticipant { DocumentId = document.Id, UserId = p.UserId, Role = p.Role, AddedUtc = p.AddedUtc });
        foreach (var e in moved.Events)
        {
            e.Id = 0;
            e.DocumentId = document.Id;
            db.Events.Add(e);
        }
        foreach (var a in moved.Attachments)
            db.Attachments.Add(new IncomingAttachment
            {
                DocumentId = document.Id, FileId = await files.RecordAsync(a.FileId, cancellationToken), FileName = a.FileName, Kind = a.Kind,
                Length = a.Length, AddedUtc = a.AddedUtc, AddedBy = a.AddedBy,
            });
        foreach (var h in moved.HandOvers)
            db.HandOvers.Add(await HandOverAsync(work, document.Id, h, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var entry in moved.Access.Where(e => work.Takes(e.UserId)))
            await access.AddAsync(entry with { Resource = Participants.Resource(document.Id) }, cancellationToken);
        await audit.RecordAsync(new AuditRecord(MovedIn, AuditOutcome.Succeeded, IncomingFeature.Kind, Id(document.Id),
            $"Chuyển từ {work.Source} (văn bản {sourceId} ở đó, số đến {sourceNumber}, nay ở sổ {book.Code}) {work.Occasion}; " +
            $"{moved.Attachments.Count} tệp mã hóa lại bằng khóa của {work.Target}", UserName: work.ApprovedBy), cancellationToken);
        await outbox.AddAsync(DocumentChanged.Topic, new DocumentChanged(IncomingFeature.Kind, Id(document.Id)), cancellationToken);
    }

    /// <summary>A hand-over of the paper original, kept under its number in the closed copy of the source's hand-over book.</summary>
    private async Task<IncomingHandOver> HandOverAsync(TransferWork work, int documentId, IncomingHandOver h, CancellationToken cancellationToken)
    {
        var book = await MovedBookAsync(work, h.BookCode, cancellationToken);
        return new IncomingHandOver
        {
            DocumentId = documentId, BookId = book.Id, BookCode = book.Code, Year = h.Year, Number = h.Number, HandedOverUtc = h.HandedOverUtc,
            HandedOverBy = h.HandedOverBy, Recipient = h.Recipient, Notes = h.Notes,
        };
    }

    /// <summary>The closed copy in the target of the source's book <paramref name="code"/>, moved by Registers before the documents.</summary>
    private async Task<RegistrationBookInfo> MovedBookAsync(TransferWork work, string code, CancellationToken cancellationToken) =>
        await books.FindAsync(TransferredBook.Code(code, work.SourceIndex), cancellationToken)
        ?? throw new InvalidOperationException($"Sổ {code} của {work.Source} chưa được chuyển sang {work.Target}.");

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
