using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Access;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Incoming.Services;
using Portal.Rendering;

namespace Portal.Incoming.Controllers;

/// <summary>
/// The buttons of the register page and the lists: the register printed to PDF or exported (XLSX, CSV)
/// for those who keep it, a list exported with what the person may see, and an attachment viewed as a
/// marked, numbered copy. Each is recorded in the audit trail by its service.
/// </summary>
[Feature(IncomingFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
public sealed class IncomingExportsController(IncomingExports exports, ITableExport tables, AttachmentViewing viewing) : Controller
{
    [HttpGet("incoming/register/print")]
    public async Task<IActionResult> PrintRegister(string? book, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        if (!Actor.Of(User).KeepsRegister)
            return StatusCode(StatusCodes.Status403Forbidden);
        try
        {
            if (await exports.PrintRegisterAsync(User, book, from, to, cancellationToken) is not { } printed)
                return NotFound();
            CopyHeaders.Set(Response, "application/pdf", printed.FileName, inline: true);
            return File(printed.Pdf, "application/pdf");
        }
        catch (StepUpNeededException)
        {
            return StepUp();
        }
        catch (RequestRefusedException e)
        {
            return BackToRegister(string.Join(" ", e.Errors), book, from, to);
        }
        catch (PdfRenderException e)
        {
            return BackToRegister(e.Message, book, from, to);
        }
    }

    [HttpGet("incoming/register/export")]
    public async Task<IActionResult> ExportRegister(string? book, DateOnly? from, DateOnly? to, string? format, CancellationToken cancellationToken)
    {
        if (!Actor.Of(User).KeepsRegister)
            return StatusCode(StatusCodes.Status403Forbidden);
        if (ExportFormats.Parse(format) is not { } chosen)
            return BackToRegister(ExportFormats.Refused, book, from, to);
        try
        {
            return await exports.ExportRegisterAsync(User, book, from, to, chosen, cancellationToken) is { } download
                ? await SendAsync(download, cancellationToken)
                : NotFound();
        }
        catch (StepUpNeededException)
        {
            return StepUp();
        }
        catch (RequestRefusedException e)
        {
            return BackToRegister(string.Join(" ", e.Errors), book, from, to);
        }
    }

    [HttpGet("incoming/{view}/export")]
    public async Task<IActionResult> ExportList(string view, string? format, CancellationToken cancellationToken)
    {
        if (!WorkViews.BySlug.TryGetValue(view, out var kind))
            return NotFound();
        if (ExportFormats.Parse(format) is not { } chosen)
        {
            TempData["Error"] = ExportFormats.Refused;
            return Redirect(Url.Content($"~/incoming/{view}"));
        }
        try
        {
            return await SendAsync(await exports.ExportListAsync(Actor.Of(User), kind, chosen, cancellationToken), cancellationToken);
        }
        catch (StepUpNeededException)
        {
            return StepUp();
        }
    }

    [HttpGet("incoming/files/{fileId:guid}/view")]
    [ProtectedResource(IncomingFileLocator.FileKind, "fileId", Operation = ResourceOperation.Download)]
    public async Task<IActionResult> ViewCopy(Guid fileId, CancellationToken cancellationToken)
    {
        try
        {
            if (await viewing.ViewAsync(Actor.Of(User), fileId, cancellationToken) is not { } copy)
                return NotFound();
            Response.Headers["X-Copy-Number"] = copy.Number.ToString(CultureInfo.InvariantCulture);
            CopyHeaders.Set(Response, "application/pdf", $"Ban-so-{copy.Number}-{Path.GetFileNameWithoutExtension(copy.FileName)}.pdf", inline: true);
            return File(copy.Pdf, "application/pdf");
        }
        catch (Exception e) when (e is CopyNotViewableException or PdfRenderException)
        {
            var attachment = await viewing.FindAsync(fileId, cancellationToken);
            if (attachment is null)
                return NotFound();
            return View("/Views/Incoming/ViewUnavailable.cshtml", new ViewUnavailablePage(attachment.DocumentId, fileId, attachment.FileName, e.Message));
        }
    }

    private async Task<IActionResult> SendAsync(TableDownload download, CancellationToken cancellationToken)
    {
        CopyHeaders.Set(Response, download.Format.ContentType(), download.FileName, inline: false);
        await tables.WriteAsync(download.Table, download.Format, Response.Body, cancellationToken);
        return new EmptyResult();
    }

    private IActionResult BackToRegister(string error, string? book, DateOnly? from, DateOnly? to)
    {
        TempData["Error"] = error;
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["book"] = book,
            ["from"] = from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value)));
        return Redirect(Url.Content("~/incoming/register") + query);
    }

    /// <summary>As the access check does for a Tối mật download: the browser goes to confirm its second factor and comes back.</summary>
    private IActionResult StepUp() =>
        Redirect(Url.Content("~/account/step-up") + QueryString.Create("returnUrl", Request.PathBase + Request.Path + Request.QueryString));
}
