using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Incoming.Models;
using Portal.Registers;

namespace Portal.Incoming.Services;

/// <summary>
/// The register's rows for a range of days: the incoming register lists the documents that arrived, the
/// hand-over book the hand-overs made; each row carries the book's columns, the subject only where the
/// tenant's rule for the level allows it and the viewer's clearance covers it.
/// </summary>
internal sealed class IncomingRegister(IncomingDb db, IRegistrationBooks books) : IIncomingRegister
{
    public async Task<RegisterSheet?> SheetAsync(ClaimsPrincipal viewer, string bookCode, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(viewer);
        var book = await books.FindAsync(bookCode, cancellationToken);
        if (!actor.KeepsRegister || book is null || book.Kind == RegisterKind.Outgoing)
            return null;
        var start = VietnamClock.StartUtc(from);
        var end = VietnamClock.StartUtc(to.AddDays(1));
        var entries = book.Kind == RegisterKind.Incoming
            ? await IncomingAsync(book.Id, start, end, cancellationToken)
            : await HandOversAsync(book.Id, start, end, cancellationToken);
        var rows = entries.Select(e => new RegisterRow(e.Year, e.Number, e.Document.Level, e.Document.Status == IncomingStatus.Cancelled,
            book.Columns.Select(c => Cell(c, e, book.Subjects, actor)).ToList())
        {
            SubjectShown = book.Columns.Contains(RegisterColumn.TypeAndSubject) && ShowsSubject(e.Document, book.Subjects, actor),
        }).ToList();
        return new RegisterSheet(book, from, to, rows);
    }

    private async Task<List<RegisterEntry>> IncomingAsync(int bookId, DateTime start, DateTime end, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking().Where(d => d.BookId == bookId && d.ArrivedUtc >= start && d.ArrivedUtc < end)
            .OrderBy(d => d.Year).ThenBy(d => d.ArrivalNumber).ToListAsync(cancellationToken);
        var ids = documents.Select(d => d.Id).ToList();
        var handOvers = (await db.HandOvers.AsNoTracking().Where(h => ids.Contains(h.DocumentId)).OrderBy(h => h.Id).ToListAsync(cancellationToken))
            .GroupBy(h => h.DocumentId).ToDictionary(g => g.Key, g => g.Last());
        return documents.Select(d => new RegisterEntry(d.Year, d.ArrivalNumber, d, handOvers.GetValueOrDefault(d.Id))).ToList();
    }

    private async Task<List<RegisterEntry>> HandOversAsync(int bookId, DateTime start, DateTime end, CancellationToken cancellationToken)
    {
        var handOvers = await db.HandOvers.AsNoTracking().Where(h => h.BookId == bookId && h.HandedOverUtc >= start && h.HandedOverUtc < end)
            .OrderBy(h => h.Year).ThenBy(h => h.Number).ToListAsync(cancellationToken);
        var ids = handOvers.Select(h => h.DocumentId).Distinct().ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        return handOvers.Select(h => new RegisterEntry(h.Year, h.Number, documents[h.DocumentId], h)).ToList();
    }

    private static string Cell(RegisterColumn column, RegisterEntry entry, RegisterSubjects subjects, Actor viewer)
    {
        var d = entry.Document;
        return column switch
        {
            RegisterColumn.ArrivalDate => VietnamClock.Format(VietnamClock.DateOf(d.ArrivedUtc)),
            RegisterColumn.ArrivalNumber => d.ArrivalNumber.ToString(CultureInfo.InvariantCulture),
            RegisterColumn.Issuer => d.Sender,
            RegisterColumn.NumberAndSymbol => d.NumberSymbol,
            RegisterColumn.DocumentDate => VietnamClock.Format(d.DocumentDate),
            RegisterColumn.TypeAndSubject => TypeAndSubject(d, subjects, viewer),
            RegisterColumn.Classification => LevelText.Of(d.Level),
            RegisterColumn.CopyCount => d.CopyCount.ToString(CultureInfo.InvariantCulture),
            RegisterColumn.Recipient => entry.HandOver?.Recipient ?? FirstOf(d.LeadName, d.AddresseeName, d.LeaderName),
            RegisterColumn.HandOverDate => entry.HandOver is { } h ? VietnamClock.Format(VietnamClock.DateOf(h.HandedOverUtc)) : "",
            RegisterColumn.HandedOverBy => entry.HandOver?.HandedOverBy ?? "",
            RegisterColumn.Notes => Notes(d, entry.HandOver),
            _ => "",
        };
    }

    private static string TypeAndSubject(IncomingDocument d, RegisterSubjects subjects, Actor viewer)
    {
        if (d.AddresseeOnly)
            return $"{d.DocumentType} (Chỉ người có tên mới được bóc bì: {d.AddresseeName})".Trim();
        var subject = ShowsSubject(d, subjects, viewer) ? d.Subject : "(không ghi trích yếu)";
        return d.DocumentType.Length == 0 ? subject : $"{d.DocumentType}: {subject}";
    }

    private static bool ShowsSubject(IncomingDocument d, RegisterSubjects subjects, Actor viewer) =>
        !d.AddresseeOnly && subjects.Shows(d.Level) && viewer.Covers(d.Level);

    private static string Notes(IncomingDocument d, IncomingHandOver? handOver) => string.Join("; ", new[]
    {
        d.Status == IncomingStatus.Cancelled ? $"Đã hủy vào sổ: {d.CancelReason}" : "",
        d.Level == Access.SecrecyLevel.Declassified ? "Đã giải mật" : "",
        d.Notes,
        handOver?.Notes ?? "",
    }.Where(n => n.Length > 0));

    private static string FirstOf(params string[] values) => values.FirstOrDefault(v => v.Length > 0) ?? "";
}
