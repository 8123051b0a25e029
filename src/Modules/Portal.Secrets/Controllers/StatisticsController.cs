using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Identity;
using Portal.Rendering;
using Portal.Secrets.Services;

namespace Portal.Secrets.Controllers;

/// <summary>
/// The security officer's yearly statistics of state secrets (form 18), on screen and as PDF or XLSX; for anyone else
/// there is no such page (404). Both count only what the officer may see and are audited.
/// </summary>
[Feature(SecretsFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("secrets/statistics")]
public sealed class StatisticsController(YearlyStatistics statistics, ITableExport export, ITenantAccessor tenants, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken) =>
        YearlyStatistics.MayRead(User) && Year(year) is { } chosen
            ? View(await statistics.CountAsync(User, chosen, SecretAuditActions.StatisticsViewed, cancellationToken))
            : NotFound();

    [HttpGet("export")]
    public async Task<IActionResult> Export(int? year, string? format, CancellationToken cancellationToken)
    {
        if (!YearlyStatistics.MayRead(User) || Year(year) is not { } chosen)
            return NotFound();
        TableFormat? kind = format?.Trim().ToLowerInvariant() switch { null or "" or "pdf" => TableFormat.Pdf, "xlsx" => TableFormat.Xlsx, _ => null };
        if (kind is null)
            return BadRequest("Định dạng xuất không hợp lệ: chọn pdf hoặc xlsx.");
        var counted = await statistics.CountAsync(User, chosen, SecretAuditActions.StatisticsExported, cancellationToken);
        var table = StatisticsTable.Of(counted, tenants.Current!.Record.DisplayName, User.FindFirst(PortalClaims.FullName)?.Value ?? "", clock.GetUtcNow());
        using var made = new MemoryStream();
        try
        {
            await export.WriteAsync(table, kind.Value, made, cancellationToken);
        }
        catch (PdfRenderException e)
        {
            return Problem(e.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Không xuất được thống kê");
        }
        Response.Headers.CacheControl = "no-store";
        return File(made.ToArray(), kind.Value.ContentType(), $"thong-ke-bi-mat-nha-nuoc-{chosen}{kind.Value.FileExtension()}");
    }

    /// <summary>The year asked for (this one by default); null for a year outside what Portal may hold.</summary>
    private int? Year(int? year) => (year ?? statistics.ThisYear) is var y && y >= 2000 && y <= statistics.ThisYear ? y : null;
}
