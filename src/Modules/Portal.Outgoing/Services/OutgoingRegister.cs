using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Portal.Access;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Identity;
using Portal.Outgoing.Models;
using Portal.Registers;
using Portal.Templates;

namespace Portal.Outgoing.Services;

/// <summary>
/// The register of outgoing secret documents (sổ đăng ký bí mật nhà nước đi) for a range of issue days, in
/// the book's configured columns, printed by the one book print every register uses. Only the clerks and the
/// security officer keep it; a subject shows where the tenant's rule for the level allows it and the
/// viewer's clearance covers it, and Tối mật subjects need a fresh second factor. The print is audited.
/// </summary>
public sealed class OutgoingRegister(OutgoingDb db, IRegistrationBooks books, IBookPrint print, IAuditTrail audit, ITenantAccessor tenants,
    IConfiguration configuration)
{
    private const int MaxDays = 366;

    /// <summary>Null when the person does not keep the register or there is no such outgoing book; refused with a Vietnamese reason for a bad range.</summary>
    public async Task<byte[]?> PrintAsync(ClaimsPrincipal user, string? bookCode, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Clerk) && !user.IsInRole(Roles.SecurityOfficer))
            return null;
        var last = to ?? DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var first = from ?? new DateOnly(last.Year, last.Month, 1);
        if (last < first || last.DayNumber - first.DayNumber >= MaxDays)
            throw new RequestRefusedException($"Khoảng ngày không hợp lệ: ngày cuối phải từ ngày đầu trở đi, và mỗi lần in sổ không quá {MaxDays} ngày.");
        var outgoing = await books.ListAsync(RegisterKind.Outgoing, cancellationToken);
        var book = string.IsNullOrWhiteSpace(bookCode) ? outgoing.FirstOrDefault(b => b.IsActive) : outgoing.FirstOrDefault(b => b.Code == bookCode.Trim());
        if (book is null)
            return null;
        var person = Person.Of(user);
        var documents = await db.Documents.AsNoTracking()
            .Where(d => d.BookCode == book.Code && d.Status == OutgoingStatus.Issued && d.IssuedOn >= first && d.IssuedOn <= last)
            .OrderBy(d => d.Year).ThenBy(d => d.Number).ToListAsync(cancellationToken);
        var rows = documents.Select(d => new RegisterRow(d.Year, d.Number, d.Level, false, book.Columns.Select(c => Cell(c, d, Shows(d, book, person))).ToList())
        {
            SubjectShown = book.Columns.Contains(RegisterColumn.TypeAndSubject) && Shows(d, book, person),
        }).ToList();
        if (rows.Any(r => r.SubjectShown && r.Level == SecrecyLevel.ToiMat) && !StrongAuthentication.IsFresh(user, StrongAuthentication.Freshness(configuration)))
            throw new RequestRefusedException("Sổ in ra có trích yếu văn bản Tối mật: cần xác thực lại bằng yếu tố thứ hai trước khi in.");
        await audit.RecordAsync(new AuditRecord(OutgoingAuditActions.RegisterPrinted, AuditOutcome.Succeeded, "register", book.Code,
            $"{book.Name} từ {Day(first)} đến {Day(last)}: {rows.Count} dòng (in ra PDF)"), cancellationToken);
        var printedBy = $"In bởi {person.FullName} lúc {DateTime.UtcNow.AddHours(7).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)}.";
        return await print.PrintAsync(new RegisterSheet(book, first, last, rows), tenants.Required.Record.DisplayName, printedBy, cancellationToken);
    }

    private static bool Shows(OutgoingDocument document, RegistrationBookInfo book, Person viewer) =>
        book.Subjects.Shows(document.Level) && viewer.Covers(document.Level);

    private static string Cell(RegisterColumn column, OutgoingDocument d, bool subjectShown) => column switch
    {
        RegisterColumn.NumberAndSymbol => d.NumberSymbol,
        RegisterColumn.DocumentDate => d.IssuedOn is { } day ? Day(day) : "",
        RegisterColumn.TypeAndSubject => $"{DocumentTypes.Find(d.TypeCode)?.Name ?? d.TypeCode}: {(subjectShown ? d.Subject : "(không ghi trích yếu)")}",
        RegisterColumn.Classification => LevelName.Of(d.Level),
        RegisterColumn.Signer => d.SignerName,
        RegisterColumn.Recipient => d.Recipients.Replace("\n", "; ", StringComparison.Ordinal),
        RegisterColumn.CopyCount => d.CopyCount.ToString(CultureInfo.InvariantCulture),
        RegisterColumn.Notes => d.CopyingAllowed ? "" : "Không được sao, chụp",
        _ => "",
    };

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
