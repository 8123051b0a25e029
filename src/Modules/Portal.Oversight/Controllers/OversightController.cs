using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Settings;
using Portal.Core.Security;
using Portal.Identity;
using Portal.Oversight.Board;
using Portal.Oversight.Publishing;
using Portal.Rendering;

namespace Portal.Oversight.Controllers;

/// <summary>The central office's dashboard (theo dõi triển khai), an agency's page, asking for fresh figures, exports.</summary>
[Feature(OversightFeature.Board)]
[Authorize(Policy = PortalPolicies.CentralOfficeAdmin)]
[Route("admin/oversight")]
public sealed class OversightController(OversightBoard board, BoardExport export, FiguresAsking asking, IOptions<OversightOptions> options,
    ITenantSettings settings, IAuditTrail audit, ITenantUnitOfWork unitOfWork) : Controller
{
    private const int PageSize = 100;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] BoardQuery query, CancellationToken cancellationToken)
    {
        var view = await board.ViewAsync(query.ToFilter(), cancellationToken);
        var pages = Math.Max(1, (view.Agencies.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pages);
        return View(new BoardPage(view, query, view.Agencies.Skip((page - 1) * PageSize).Take(PageSize).ToList(), page, pages));
    }

    [HttpGet("agencies/{name}")]
    public async Task<IActionResult> Agency(string name, CancellationToken cancellationToken)
    {
        var found = await board.AgencyAsync(name, cancellationToken);
        return found is { } f ? View(new AgencyPage(f.Agency, f.Children, options.Value.SilentAfter)) : NotFound();
    }

    [HttpPost("agencies/{name}/ask")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Ask(string name, CancellationToken cancellationToken)
    {
        if (await board.AgencyAsync(name, cancellationToken) is null)
            return NotFound();
        if (await asking.AskAsync(name, "asked", cancellationToken))
            TempData["Message"] = "Đã yêu cầu cơ quan gửi lại số liệu.";
        else
            TempData["Error"] = "Cơ quan chưa hoạt động nên không gửi được số liệu.";
        return RedirectToAction(nameof(Agency), new { name });
    }

    [HttpGet("deadlines")]
    public async Task<IActionResult> Deadlines(CancellationToken cancellationToken) =>
        View(DeadlinesForm.Of(await RolloutDeadlines.ReadAsync(settings, cancellationToken)));

    [HttpPost("deadlines")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Deadlines(DeadlinesForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || form.Error() is { } error)
        {
            ModelState.AddModelError("", ModelState.IsValid ? form.Error()! : "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm.");
            return View(form);
        }
        await unitOfWork.InTransactionAsync(async () =>
        {
            await form.ToDeadlines().SaveAsync(settings, cancellationToken);
            await audit.RecordAsync(new AuditRecord(DeadlinesForm.Changed, AuditOutcome.Succeeded, "oversight", null, form.Summary()), cancellationToken);
        }, cancellationToken);
        TempData["Message"] = "Đã lưu mốc triển khai; cơ quan chưa đạt mốc đã qua được đánh dấu chậm tiến độ.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] BoardQuery query, [FromQuery] string? format, CancellationToken cancellationToken)
    {
        TableFormat? kind = format?.Trim().ToLowerInvariant() switch { null or "" or "xlsx" => TableFormat.Xlsx, "pdf" => TableFormat.Pdf, _ => null };
        if (kind is null)
            return BadRequest("Định dạng xuất không hợp lệ: chọn xlsx hoặc pdf.");
        var view = await board.ViewAsync(query.ToFilter(), cancellationToken);
        var who = User.FindFirst(PortalClaims.FullName)?.Value ?? User.Identity?.Name ?? "";
        var fileName = "theo-doi-trien-khai" + kind.Value.FileExtension();
        if (kind == TableFormat.Pdf)
        {
            using var made = new MemoryStream();
            try
            {
                await export.WriteAsync(view, kind.Value, who, made, cancellationToken);
            }
            catch (PdfRenderException e)
            {
                return Problem(e.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Không xuất được báo cáo");
            }
            return File(made.ToArray(), kind.Value.ContentType(), fileName);
        }
        Response.ContentType = kind.Value.ContentType();
        Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await export.WriteAsync(view, kind.Value, who, Response.Body, cancellationToken);
        return new EmptyResult();
    }
}
