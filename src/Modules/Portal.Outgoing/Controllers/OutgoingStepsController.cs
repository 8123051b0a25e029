using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Outgoing.Models;
using Portal.Outgoing.Services;

namespace Portal.Outgoing.Controllers;

/// <summary>The buttons of a document's page: each step goes back to the page with its outcome; a step that is not the person's is 403 with the reason.</summary>
[Feature(OutgoingFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("outgoing/{documentId:int}")]
[ProtectedResource(OutgoingFeature.Kind, "documentId", Operation = ResourceOperation.Change)]
[AutoValidateAntiforgeryToken]
public sealed class OutgoingStepsController(OutgoingFlow flow, OutgoingDb db) : Controller
{
    private static readonly Dictionary<string, (Func<OutgoingFlow, Person, OutgoingDocument, StepInput, CancellationToken, Task> Run, string Done)> Steps = new()
    {
        ["submit"] = ((f, p, d, i, c) => f.SubmitAsync(p, d, i, c), "Đã trình lãnh đạo đơn vị."),
        ["approve"] = ((f, p, d, i, c) => f.ApproveAsync(p, d, i, c), "Đã duyệt và chuyển văn thư."),
        ["check"] = ((f, p, d, i, c) => f.CheckAsync(p, d, i, c), "Đã kiểm tra thể thức và trình ký."),
        ["sign"] = ((f, p, d, _, c) => f.SignAsync(p, d, c), "Đã ký số văn bản."),
        ["issue"] = ((f, p, d, _, c) => f.IssueAsync(p, d, c), "Đã cấp số và phát hành."),
        ["return"] = ((f, p, d, i, c) => f.ReturnAsync(p, d, i, c), "Đã trả lại để sửa."),
    };

    [HttpPost("{step:regex(^(submit|approve|check|sign|issue|return)$)}")]
    public async Task<IActionResult> Take(int documentId, string step, StepInput input, CancellationToken cancellationToken)
    {
        var (run, done) = Steps[step];
        try
        {
            var document = await db.Documents.FirstAsync(d => d.Id == documentId, cancellationToken);
            await run(flow, Person.Of(User), document, input, cancellationToken);
            TempData["Message"] = done;
        }
        catch (OutgoingForbiddenException e)
        {
            return new ContentResult { StatusCode = StatusCodes.Status403Forbidden, Content = e.Message, ContentType = "text/plain; charset=utf-8" };
        }
        catch (RequestRefusedException e)
        {
            TempData["Error"] = string.Join(" ", e.Errors);
        }
        catch (Exception e) when (e is Signing.SigningException or Templates.TemplateRefusedException or Rendering.PdfRenderException)
        {
            TempData["Error"] = e.Message;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Error"] = "Văn bản vừa được người khác xử lý ở bước này; hãy tải lại.";
        }
        return Redirect(Url.Content($"~/outgoing/{documentId}"));
    }
}
