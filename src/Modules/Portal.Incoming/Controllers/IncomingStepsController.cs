using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Access;
using Portal.Core.Modules;
using Portal.Core.Mvc;
using Portal.Identity;
using Portal.Incoming.Services;

namespace Portal.Incoming.Controllers;

/// <summary>The buttons of a document's page: each step goes back to the page with its outcome; a step that is not the person's is 403.</summary>
[Feature(IncomingFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("incoming/{documentId:int}")]
[ProtectedResource(IncomingFeature.Kind, "documentId", Operation = ResourceOperation.Change)]
[AutoValidateAntiforgeryToken]
public sealed class IncomingStepsController(IncomingProcessing processing, HandOverBook handOvers) : Controller
{
    [HttpPost("submit")]
    public Task<IActionResult> Submit(int documentId, string? leader, string? note, CancellationToken cancellationToken) =>
        StepAsync(documentId, a => processing.SubmitAsync(a, documentId, leader, note, cancellationToken), "Đã trình lãnh đạo.");

    [HttpPost("direct")]
    public Task<IActionResult> Direct(int documentId, DirectionInput input, CancellationToken cancellationToken) =>
        StepAsync(documentId, a => processing.DirectAsync(a, documentId, input, cancellationToken), "Đã ghi ý kiến chỉ đạo và giao xử lý.");

    [HttpPost("start")]
    public Task<IActionResult> Start(int documentId, CancellationToken cancellationToken) =>
        StepAsync(documentId, a => processing.StartAsync(a, documentId, cancellationToken), "Đã bắt đầu xử lý.");

    [HttpPost("pass-on")]
    public Task<IActionResult> PassOn(int documentId, string? handler, string? note, CancellationToken cancellationToken) =>
        StepAsync(documentId, a => processing.PassOnAsync(a, documentId, handler, note, cancellationToken), "Đã giao lại người xử lý chính.");

    [HttpPost("complete")]
    public Task<IActionResult> Complete(int documentId, string? result, CancellationToken cancellationToken) =>
        StepAsync(documentId, a => processing.CompleteAsync(a, documentId, result, cancellationToken), "Đã hoàn thành xử lý.");

    [HttpPost("return")]
    public Task<IActionResult> Return(int documentId, string? reason, CancellationToken cancellationToken) =>
        StepAsync(documentId, a => processing.ReturnAsync(a, documentId, reason, cancellationToken), "Đã trả lại văn bản.");

    [HttpPost("cancel")]
    public Task<IActionResult> Cancel(int documentId, string? reason, CancellationToken cancellationToken) =>
        StepAsync(documentId, a => processing.CancelAsync(a, documentId, reason, cancellationToken), "Đã hủy vào sổ; văn bản giữ số đến.");

    [HttpPost("hand-over")]
    public Task<IActionResult> HandOver(int documentId, string? recipient, string? note, CancellationToken cancellationToken) =>
        StepAsync(documentId, a => handOvers.RecordAsync(a, documentId, recipient, note, cancellationToken), "Đã ghi sổ chuyển giao.");

    private async Task<IActionResult> StepAsync(int documentId, Func<Actor, Task> step, string done)
    {
        try
        {
            return await this.RunAndReturnAsync(() => step(Actor.Of(User)), done,
                () => Redirect(Url.Content($"~/incoming/{documentId}")));
        }
        catch (NotYourStepException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
    }
}
