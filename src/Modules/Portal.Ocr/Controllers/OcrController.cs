using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Files;
using Portal.Identity;
using Portal.Ocr.Services;
using Portal.Rendering;

namespace Portal.Ocr.Controllers;

/// <summary>
/// The clerk's scan intake: the upload (into the vault, with its job in the same transaction), the waiting
/// page with the page being read (it reloads itself, no script), and the scan's pages as images beside the
/// pre-filled form. A job is its starter's: anyone else gets the same 404 as for an unknown id.
/// </summary>
[Feature(OcrFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("ocr")]
public sealed class OcrController(IUploadReader uploads, OcrJobStore jobs, IFileVault vault, IMarkedCopyRenderer renderer) : Controller
{
    private const int RecentJobs = 10;

    private string UserId => User.FindFirst(PortalClaims.UserId)?.Value ?? "";

    private bool IsClerk => User.IsInRole(Roles.Clerk);

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        IsClerk ? View(new OcrUploadPage(await jobs.RecentAsync(UserId, RecentJobs, cancellationToken), [])) : StatusCode(StatusCodes.Status403Forbidden);

    [HttpPost("new")]
    [StreamedUpload]
    public async Task<IActionResult> Upload(CancellationToken cancellationToken)
    {
        if (!IsClerk)
            return StatusCode(StatusCodes.Status403Forbidden);
        UploadForm form;
        try
        {
            form = await uploads.ReadAsync(HttpContext, cancellationToken);
        }
        catch (FileRejectedException e)
        {
            return await RefusedAsync(e.Message, cancellationToken);
        }
        if (form.Files.Count != 1)
        {
            foreach (var extra in form.Files)
                vault.Discard(extra.File);
            return await RefusedAsync("Hãy chọn đúng một tệp bản quét để nhận dạng.", cancellationToken);
        }
        try
        {
            var name = User.FindFirst(PortalClaims.FullName)?.Value ?? User.Identity?.Name ?? "";
            var id = await jobs.CreateAsync(UserId, name, form.Files[0].File, cancellationToken);
            return Redirect(Url.Content("~" + OcrRoutes.Job(id)));
        }
        catch (RequestRefusedException e)
        {
            return await RefusedAsync(string.Join(" ", e.Errors), cancellationToken);
        }
    }

    [HttpGet("jobs/{jobId:guid}")]
    public async Task<IActionResult> Job(Guid jobId, CancellationToken cancellationToken)
    {
        var job = await jobs.FindAsync(jobId, UserId, cancellationToken);
        if (job is null)
            return NotFound();
        if (job is { State: OcrJobState.Done, IsTopSecret: false, IsRegistered: false })
            return Redirect(Url.Content("~" + OcrRoutes.IncomingForm(job.Id)));
        return View(job);
    }

    [HttpGet("jobs/{jobId:guid}/pages/{page:int}")]
    public async Task<IActionResult> Page(Guid jobId, int page, CancellationToken cancellationToken)
    {
        var job = await jobs.FindAsync(jobId, UserId, cancellationToken);
        var stored = job is null ? null : await vault.FindAsync(job.FileId, cancellationToken);
        if (job is null || stored is null || page < 1)
            return NotFound();
        try
        {
            await using var original = await vault.OpenReadAsync(job.FileId, cancellationToken);
            var pages = await renderer.PrepareAsync(original, stored.ContentType, cancellationToken);
            if (page > pages.Pages.Count)
                return NotFound();
            var image = pages.Pages[page - 1];
            return File(image.Content, image.MediaType);
        }
        catch (CopyNotViewableException)
        {
            return NotFound();
        }
    }

    private async Task<IActionResult> RefusedAsync(string message, CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(New), new OcrUploadPage(await jobs.RecentAsync(UserId, RecentJobs, cancellationToken), [message]));
    }
}

public sealed record OcrUploadPage(IReadOnlyList<OcrJobInfo> Recent, IReadOnlyList<string> Errors);
