using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Portal.Access;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Export;
using Portal.Core.Modules;
using Portal.Core.Mvc;
using Portal.Core.Security;
using Portal.Identity;
using Portal.Rendering;
using Portal.Search.Indexing;
using Portal.Search.Querying;
using Portal.Search.Services;

namespace Portal.Search.Controllers;

/// <summary>The search page (Tra cứu): box, fields, facets, snippets, order, pages, saved searches and the export of a result list (XLSX, PDF, DOCX).</summary>
[Feature(SearchFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("search")]
public sealed class SearchController(DocumentSearch search, SavedSearches saved, ITableExport export, IAuditTrail audit,
    IConfiguration configuration) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] SearchRequest request, CancellationToken cancellationToken)
    {
        var asked = Request.Query.Count > 0;
        var result = asked ? await search.SearchAsync(User, request, cancellationToken) : null;
        return View(new SearchPage(request, result, await saved.ListAsync(SearchIdentity.Of(User).UserId, cancellationToken)));
    }

    [HttpGet("suggest")]
    public async Task<IActionResult> Suggest(string? q, CancellationToken cancellationToken) =>
        Json(await search.SuggestAsync(SearchIdentity.Of(User), q ?? "", cancellationToken));

    /// <summary>
    /// The whole result list (every page) as XLSX (the default), or as PDF or DOCX laid out as a list of documents
    /// (number, date, agency, subject, level) under the mark of the highest level among its rows; only what the
    /// user may see (the same query as the page), audited before it is written.
    /// </summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] SearchRequest request, [FromQuery] string? format, CancellationToken cancellationToken)
    {
        var kind = ExportFormat(format);
        if (kind is null)
            return BadRequest("Định dạng xuất không hợp lệ: chọn xlsx, pdf hoặc docx.");
        var rows = new List<SearchableDocument>();
        await foreach (var document in search.AllAsync(User, request, cancellationToken))
            rows.Add(document);
        // A copy of a Tối mật list leaves the system only after a fresh second factor, as a Tối mật download does.
        if (rows.Any(r => r.Level == SecrecyLevel.ToiMat) && !StrongAuthentication.IsFresh(User, StrongAuthentication.Freshness(configuration)))
            return Redirect(Url.Content("~/account/step-up?returnUrl=" + Uri.EscapeDataString(Request.PathBase + Request.Path + Request.QueryString)));
        var highest = rows.Count == 0 ? SecrecyLevel.Declassified : rows.Max(r => r.Level);
        var who = User.FindFirst(PortalClaims.FullName)?.Value ?? User.Identity?.Name ?? "";
        var at = DateTime.UtcNow.AddHours(7).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        var name = kind.Value.ToString().ToUpperInvariant();
        await audit.RecordAsync(new AuditRecord(SearchAuditActions.Exported, AuditOutcome.Succeeded, "search", null,
            Limit($"{DocumentSearch.Audited(request)}: {rows.Count} văn bản, xuất ra {name}: {string.Join(", ", rows.Select(r => r.Kind + " " + r.Id))}")),
            cancellationToken);
        var table = kind == TableFormat.Xlsx
            ? new ExportTable("Kết quả tra cứu văn bản",
                ["STT", "Số, ký hiệu", "Ngày văn bản", "Cơ quan gửi", "Loại văn bản", "Trích yếu", "Độ mật", "Độ khẩn", "Trạng thái"], Rows(rows))
            // The list of documents as Decree 30 lists them: number and symbol, date, issuing agency, type and subject, level.
            : new ExportTable("Danh mục văn bản — kết quả tra cứu",
                ["STT", "Số, ký hiệu", "Ngày, tháng văn bản", "Cơ quan ban hành", "Tên loại và trích yếu nội dung", "Độ mật"], ListRows(rows));
        table = table with
        {
            Mark = highest > SecrecyLevel.Declassified ? ClassificationMark.Of(highest) : null,
            Note = $"Xuất bởi {who} lúc {at}; {rows.Count} văn bản. {DocumentSearch.Describe(request)}",
        };
        var fileName = $"ket-qua-tra-cuu{kind.Value.FileExtension()}";
        if (kind != TableFormat.Xlsx)
        {
            // A PDF or DOCX is made whole before it is sent, so a list too long to print is refused with the reason instead of a broken download.
            using var made = new MemoryStream();
            try
            {
                await export.WriteAsync(table, kind.Value, made, cancellationToken);
            }
            catch (PdfRenderException e)
            {
                return Problem(e.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Không xuất được danh mục");
            }
            return File(made.ToArray(), kind.Value.ContentType(), fileName);
        }
        Response.ContentType = kind.Value.ContentType();
        Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await export.WriteAsync(table, kind.Value, Response.Body, cancellationToken);
        return new EmptyResult();
    }

    private static TableFormat? ExportFormat(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "xlsx" => TableFormat.Xlsx,
        "pdf" => TableFormat.Pdf,
        "docx" => TableFormat.Docx,
        _ => null,
    };

    [HttpPost("saved")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Save(string? name, string? query, CancellationToken cancellationToken) =>
        this.RunAndReturnAsync(() => saved.SaveAsync(SearchIdentity.Of(User).UserId, name, query ?? "", cancellationToken),
            "Đã lưu điều kiện tra cứu.", () => Redirect(Url.Content("~/search") + (query ?? "")));

    [HttpPost("saved/{savedId:int}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(int savedId, CancellationToken cancellationToken)
    {
        var deleted = await saved.DeleteAsync(SearchIdentity.Of(User).UserId, savedId, cancellationToken);
        if (!deleted)
            return NotFound();
        TempData["Message"] = "Đã xóa điều kiện tra cứu đã lưu.";
        return Redirect(Url.Content("~/search"));
    }

    private static async IAsyncEnumerable<IReadOnlyList<string?>> Rows(IReadOnlyList<SearchableDocument> rows)
    {
        var n = 0;
        foreach (var r in rows)
        {
            yield return [(++n).ToString(CultureInfo.InvariantCulture), r.Number, r.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                r.Sender, r.DocumentType, r.Subject, LevelNames.Of(r.Level), r.Urgency, r.State];
        }
        await Task.CompletedTask;
    }

    private static async IAsyncEnumerable<IReadOnlyList<string?>> ListRows(IReadOnlyList<SearchableDocument> rows)
    {
        var n = 0;
        foreach (var r in rows)
        {
            var subject = string.IsNullOrWhiteSpace(r.DocumentType) ? r.Subject : $"{r.DocumentType}: {r.Subject}";
            // A cell that looks like a formula stays text wherever the list is copied to (the PDF and DOCX writers print it as it is).
            yield return [(++n).ToString(CultureInfo.InvariantCulture), CsvCell.Neutral(r.Number), r.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                CsvCell.Neutral(r.Sender), CsvCell.Neutral(subject), LevelNames.Of(r.Level)];
        }
        await Task.CompletedTask;
    }

    private static string Limit(string text) => text.Length <= 2000 ? text : text[..2000];
}
