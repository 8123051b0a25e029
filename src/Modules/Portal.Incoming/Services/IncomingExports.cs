using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Portal.Access;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Incoming.Models;
using Portal.Registers;
using Portal.Rendering;

namespace Portal.Incoming.Services;

/// <summary>
/// Printing a register for a range of days (PDF through the renderer's Chromium) and exporting it or a
/// work list (XLSX, CSV through the table export). The register comes from <see cref="RegisterViewing"/>
/// (only those who keep it; the print or export is its audit entry), a list from <see cref="IncomingQueries"/>
/// (only what the person may open), so there is no second way to the rows. A copy whose content is Tối mật
/// needs a fresh second factor, as a Tối mật download does; a copy showing a secret subject bears the highest
/// such level as its mark.
/// </summary>
public sealed class IncomingExports(RegisterViewing viewing, IRegistrationBooks books, IncomingQueries queries, IBookPrint print,
    IAuditTrail audit, ITenantAccessor tenants, IConfiguration configuration)
{
    /// <summary>A printed register longer than this belongs in XLSX (its HTML is built whole).</summary>
    public const int MaxPrintedRows = 5_000;

    private static readonly string[] ListColumns =
        ["Số đến", "Ngày đến", "Cơ quan gửi", "Số, ký hiệu", "Tên loại và trích yếu", "Độ mật", "Độ khẩn", "Hạn xử lý", "Trạng thái", "Xử lý chính"];

    /// <summary>Null when the person does not keep the register or there is no such book; refused with a Vietnamese reason for a bad range or too many rows.</summary>
    public async Task<PrintedRegister?> PrintRegisterAsync(ClaimsPrincipal user, string? book, DateOnly? from, DateOnly? to,
        CancellationToken cancellationToken)
    {
        await RequireStepUpForToiMatSubjectsAsync(user, cancellationToken);
        var sheet = await viewing.OpenAsync(user, book, from, to, "in ra PDF", IncomingAuditActions.RegisterPrinted, cancellationToken);
        if (sheet is null)
            return null;
        if (sheet.Rows.Count > MaxPrintedRows)
            throw new RequestRefusedException($"Sổ có {sheet.Rows.Count.ToString("N0", Vietnamese)} dòng trong khoảng ngày này, quá dài để in một lần "
                + $"(tối đa {MaxPrintedRows.ToString("N0", Vietnamese)}). Xin chọn khoảng ngày ngắn hơn, hoặc xuất ra XLSX.");
        var pdf = await print.PrintAsync(sheet, Agency, Note("In", user), cancellationToken);
        return new PrintedRegister(pdf, FileName(sheet, ".pdf"));
    }

    /// <summary>The register as a table to write as XLSX or CSV; null and refusals as for printing.</summary>
    public async Task<TableDownload?> ExportRegisterAsync(ClaimsPrincipal user, string? book, DateOnly? from, DateOnly? to, TableFormat format,
        CancellationToken cancellationToken)
    {
        await RequireStepUpForToiMatSubjectsAsync(user, cancellationToken);
        var sheet = await viewing.OpenAsync(user, book, from, to, $"xuất ra {Name(format)}", IncomingAuditActions.RegisterExported, cancellationToken);
        if (sheet is null)
            return null;
        var title = $"{RegisterTitle.Of(sheet.Book.Kind)} — {Agency}";
        var table = new ExportTable(title, sheet.Book.Columns.Select(RegisterColumnText.Of).ToList(), Rows(sheet.Rows.Select(r => r.Cells)))
        {
            Mark = LevelMark.Highest(sheet.Rows.Where(r => r.SubjectShown).Select(r => r.Level)),
            Note = $"{sheet.Book.Name} (mã sổ {sheet.Book.Code}), từ ngày {VietnamClock.Format(sheet.From)} đến ngày {VietnamClock.Format(sheet.To)}: "
                   + $"{sheet.Rows.Count} dòng. {Note("Xuất", user)}",
        };
        return new TableDownload(table, format, FileName(sheet, format.FileExtension()));
    }

    /// <summary>
    /// A work list as a table, every document of it (not one page), through the same query as the list page:
    /// nothing the person may not open. Audited before a row is read.
    /// </summary>
    public async Task<TableDownload> ExportListAsync(Actor actor, WorkView view, TableFormat format, CancellationToken cancellationToken)
    {
        var query = await queries.OfAsync(actor, view, cancellationToken);
        var levels = await query.Select(d => d.Level).Distinct().ToListAsync(cancellationToken);
        if (levels.Contains(SecrecyLevel.ToiMat) && !Fresh(actor.Principal))
            throw new StepUpNeededException();
        var count = await query.CountAsync(cancellationToken);
        var title = WorkViews.Title(view);
        await audit.RecordAsync(new AuditRecord(IncomingAuditActions.ListExported, AuditOutcome.Succeeded, IncomingAuditActions.ListTarget,
            WorkViews.Slug(view), $"{title}: {count} văn bản, xuất ra {Name(format)}"), cancellationToken);
        var rows = query.OrderByDescending(d => d.Id)
            .Select(d => new DocumentRow(d.Id, d.Year, d.ArrivalNumber, d.ArrivedUtc, d.Sender, d.NumberSymbol, d.DocumentType,
                d.Subject, d.Level, d.Urgency, d.Status, d.Deadline, d.AddresseeOnly, d.LeadName))
            .AsAsyncEnumerable();
        var table = new ExportTable($"Văn bản đến — {title}", ListColumns, ListRows(rows, cancellationToken))
        {
            Mark = LevelMark.Highest(levels),
            Note = $"{Agency}: {count} văn bản. {Note("Xuất", actor.Principal)}",
        };
        var stamp = VietnamClock.Local(DateTime.UtcNow).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        return new TableDownload(table, format, $"van-ban-den-{WorkViews.Slug(view)}-{stamp}{format.FileExtension()}");
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private string Agency => tenants.Required.Record.DisplayName;

    /// <summary>Refuses a print or export of the register without a fresh second factor when it would show Tối mật subjects to this person.</summary>
    private async Task RequireStepUpForToiMatSubjectsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!Actor.Of(user).KeepsRegister || !Actor.Of(user).Covers(SecrecyLevel.ToiMat) || Fresh(user))
            return;
        // The subject rule is the tenant's, the same for every book.
        var rule = (await books.ListAsync(null, cancellationToken)).FirstOrDefault()?.Subjects;
        if (rule is { ToiMat: true })
            throw new StepUpNeededException();
    }

    private bool Fresh(ClaimsPrincipal user) => StrongAuthentication.IsFresh(user, StrongAuthentication.Freshness(configuration));

    private static string Note(string verb, ClaimsPrincipal user)
    {
        var actor = Actor.Of(user);
        return $"{verb} bởi {actor.FullName} ({actor.UserName}) lúc {VietnamClock.Format(DateTime.UtcNow)}.";
    }

    private static string Name(TableFormat format) => format.ToString().ToUpperInvariant();

    private static string FileName(RegisterSheet sheet, string extension) =>
        $"{(sheet.Book.Kind == RegisterKind.HandOver ? "so-chuyen-giao" : "so-den")}-{sheet.Book.Code}-"
        + $"{sheet.From.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{sheet.To.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}{extension}";

    private static async IAsyncEnumerable<IReadOnlyList<string?>> Rows(IEnumerable<IReadOnlyList<string>> rows)
    {
        foreach (var row in rows)
            yield return row;
        await Task.CompletedTask;
    }

    private static async IAsyncEnumerable<IReadOnlyList<string?>> ListRows(IAsyncEnumerable<DocumentRow> rows,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var r in rows.WithCancellation(cancellationToken))
        {
            yield return
            [
                $"{r.ArrivalNumber}/{r.Year}",
                VietnamClock.Format(VietnamClock.DateOf(r.ArrivedUtc)),
                r.Sender,
                r.NumberSymbol,
                r.AddresseeOnly && r.Subject.Length == 0 ? "(Chỉ người có tên mới được bóc bì)" : $"{r.DocumentType} {r.Subject}".Trim(),
                LevelText.Of(r.Level),
                UrgencyText.Of(r.Urgency),
                VietnamClock.Format(r.Deadline),
                StatusText.Of(r.Status),
                r.LeadName,
            ];
        }
    }
}
