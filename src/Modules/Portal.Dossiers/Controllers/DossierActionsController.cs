using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Dossiers.Models;
using Portal.Dossiers.Services;
using Portal.Identity;

namespace Portal.Dossiers.Controllers;

/// <summary>The buttons of a dossier's page: each goes back to the page with its outcome; an action that is not the person's is 403 with the reason.</summary>
[Feature(DossiersFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("dossiers/{dossierId:int}")]
[ProtectedResource(DossiersFeature.Kind, "dossierId", Operation = ResourceOperation.Change)]
[AutoValidateAntiforgeryToken]
public sealed class DossierActionsController(DossiersDb db, DossierFiling filing, DossierClosing closing) : Controller
{
    [HttpPost("documents")]
    public Task<IActionResult> File(int dossierId, string? kind, int documentId, CancellationToken cancellationToken) =>
        RunAsync(dossierId, "Đã đưa văn bản vào hồ sơ.", (d, c) => filing.AddAsync(Person.Of(User), d, kind, documentId, c), cancellationToken);

    [HttpPost("close")]
    public Task<IActionResult> Close(int dossierId, DateOnly? endDate, CancellationToken cancellationToken) =>
        RunAsync(dossierId, "Đã kết thúc hồ sơ.", (d, c) => closing.CloseAsync(Person.Of(User), d, endDate, c), cancellationToken);

    [HttpPost("hand-over")]
    public Task<IActionResult> HandOver(int dossierId, string? archivist, CancellationToken cancellationToken) =>
        RunAsync(dossierId, "Đã nộp lưu hồ sơ vào Lưu trữ cơ quan.", (d, c) => closing.HandOverAsync(Person.Of(User), d, archivist, c), cancellationToken);

    private async Task<IActionResult> RunAsync(int dossierId, string done, Func<Dossier, CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        try
        {
            await action(await db.Dossiers.FirstAsync(d => d.Id == dossierId, cancellationToken), cancellationToken);
            TempData["Message"] = done;
        }
        catch (DocumentNotFoundException)
        {
            TempData["Error"] = "Không tìm thấy văn bản có mã đó.";
        }
        catch (DossierForbiddenException e)
        {
            return new ContentResult { StatusCode = StatusCodes.Status403Forbidden, Content = e.Message, ContentType = "text/plain; charset=utf-8" };
        }
        catch (RequestRefusedException e)
        {
            TempData["Error"] = string.Join(" ", e.Errors);
        }
        catch (DbUpdateException)
        {
            TempData["Error"] = "Hồ sơ vừa được người khác thay đổi; hãy tải lại.";
        }
        return Redirect(Url.Content($"~/dossiers/{dossierId}"));
    }
}
