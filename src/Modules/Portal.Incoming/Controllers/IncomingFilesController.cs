using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Access;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Files;
using Portal.Identity;
using Portal.Incoming.Services;

namespace Portal.Incoming.Controllers;

/// <summary>Attaching scans, PDFs and DOCX files to a document (streamed into the vault), and downloading numbered copies of them.</summary>
[Feature(IncomingFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
public sealed class IncomingFilesController(IUploadReader uploads, DocumentFiles files) : Controller
{
    [HttpPost("incoming/{documentId:int}/attachments")]
    [StreamedUpload]
    [ProtectedResource(IncomingFeature.Kind, "documentId", Operation = ResourceOperation.Change)]
    public async Task<IActionResult> Attach(int documentId, CancellationToken cancellationToken)
    {
        try
        {
            var form = await uploads.ReadAsync(HttpContext, cancellationToken);
            var count = await files.AttachAsync(Actor.Of(User), documentId, form.Files, cancellationToken);
            TempData["Message"] = $"Đã đính kèm {count} tệp.";
        }
        catch (FileRejectedException e)
        {
            TempData["Error"] = e.Message;
        }
        catch (RequestRefusedException e)
        {
            TempData["Error"] = string.Join(" ", e.Errors);
        }
        catch (NotYourStepException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        return Redirect(Url.Content($"~/incoming/{documentId}"));
    }

    [HttpGet("incoming/files/{fileId:guid}")]
    [ProtectedResource(IncomingFileLocator.FileKind, "fileId", Operation = ResourceOperation.Download)]
    public async Task<IActionResult> Download(Guid fileId, CancellationToken cancellationToken)
    {
        var copy = await files.CopyAsync(Actor.Of(User), fileId, cancellationToken);
        if (copy is null)
            return NotFound();
        Response.Headers["X-Copy-Number"] = copy.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return File(copy.Content, copy.ContentType, $"Ban-so-{copy.Number}-{copy.FileName}");
    }
}
