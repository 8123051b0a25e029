using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Registers.Models;
using Portal.Registers.Services;
using Portal.Reorganisation;

namespace Portal.Registers.Merge;

/// <summary>
/// Registers in a merge: each source book is copied closed into the target under <see cref="TransferredBook"/>'s code,
/// with its counters, so the documents moving in keep their numbers and stay readable while new numbers continue in the
/// target's own books. The source's books are then closed, each with a closing entry naming its last numbers.
/// A key "register:{code}:{year}" is a year in which a book of that code took numbers: two tenants holding it is a conflict.
/// </summary>
internal sealed class RegisterTransfer(RegistersDb db, ITenantUnitOfWork unitOfWork, IAuditTrail audit) : ITenantTransfer
{
    public const string MovedIn = "register.moved-in";
    public const string Closed = "register.closed";

    public async Task<TransferSummary> SummariseAsync(CancellationToken cancellationToken)
    {
        var years = await db.Counters.AsNoTracking().Where(c => c.LastNumber > 0)
            .Join(db.Books, c => c.BookId, b => b.Id, (c, b) => new { b.Code, c.Year }).ToListAsync(cancellationToken);
        return new TransferSummary(await db.Books.CountAsync(cancellationToken),
            years.Select(y => new TransferKey($"register:{y.Code}:{y.Year}", $"Sổ {y.Code} năm {y.Year} đã cấp số")).ToList());
    }

    public async Task<TransferBatch> ExportAsync(TransferWork work, string? after, int size, CancellationToken cancellationToken)
    {
        var from = after is null ? 0 : int.Parse(after, CultureInfo.InvariantCulture);
        var books = await db.Books.AsNoTracking().Where(b => b.Id > from).OrderBy(b => b.Id).Take(size).ToListAsync(cancellationToken);
        var ids = books.Select(b => b.Id).ToList();
        var counters = await db.Counters.AsNoTracking().Where(c => ids.Contains(c.BookId)).ToListAsync(cancellationToken);
        var rows = books.Select(b => new TransferRow(b.Id.ToString(CultureInfo.InvariantCulture),
            JsonSerializer.Serialize(new MovedBook(b, counters.Where(c => c.BookId == b.Id).ToList())))).ToList();
        return new TransferBatch(rows, books.Count < size ? null : books[^1].Id.ToString(CultureInfo.InvariantCulture));
    }

    public async Task<int> ImportAsync(TransferWork work, TransferBatch batch, CancellationToken cancellationToken)
    {
        var written = 0;
        await unitOfWork.InTransactionAsync(async () =>
        {
            foreach (var moved in batch.Rows.Select(r => JsonSerializer.Deserialize<MovedBook>(r.Json)!))
            {
                var code = TransferredBook.Code(moved.Book.Code, work.SourceIndex);
                if (await db.Books.AnyAsync(b => b.Code == code, cancellationToken))
                    continue;
                var book = new RegistrationBook
                {
                    Code = code, Name = Shorten($"{moved.Book.Name} ({work.Source})", 300), Kind = moved.Book.Kind, IsActive = false,
                    Columns = moved.Book.Columns,
                };
                db.Books.Add(book);
                await db.SaveChangesAsync(cancellationToken);
                foreach (var counter in moved.Counters)
                    db.Counters.Add(new RegisterCounter { BookId = book.Id, Year = counter.Year, LastNumber = counter.LastNumber });
                await db.SaveChangesAsync(cancellationToken);
                await audit.RecordAsync(new AuditRecord(MovedIn, AuditOutcome.Succeeded, RegisterAuditActions.TargetKind, code,
                    $"Sổ {moved.Book.Code} của {work.Source} chuyển sang {work.Occasion}, đã khóa (giữ số đã cấp; số mới cấp ở sổ của cơ quan)",
                    UserName: work.ApprovedBy), cancellationToken);
                written++;
            }
        }, cancellationToken);
        return written;
    }

    public Task CloseSourceAsync(TransferWork work, CancellationToken cancellationToken) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            foreach (var book in await db.Books.Where(b => b.IsActive).ToListAsync(cancellationToken))
            {
                var last = await db.Counters.AsNoTracking().Where(c => c.BookId == book.Id).OrderBy(c => c.Year)
                    .Select(c => $"năm {c.Year}: số {c.LastNumber}").ToListAsync(cancellationToken);
                book.IsActive = false;
                await db.SaveChangesAsync(cancellationToken);
                await audit.RecordAsync(new AuditRecord(Closed, AuditOutcome.Succeeded, RegisterAuditActions.TargetKind, book.Code,
                    $"Khóa sổ {work.Destination}; số cuối {(last.Count == 0 ? "chưa cấp số nào" : string.Join(", ", last))}",
                    UserName: work.ApprovedBy), cancellationToken);
            }
        }, cancellationToken);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max];
}
