using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Incoming;
using Portal.Outgoing;
using Portal.Secrets.Services;

namespace Portal.Secrets.Controllers;

/// <summary>
/// The register page (lines filtered by the access check) and each secret document's line with its decisions and the
/// decision form; the document's pages are declared to the access check, so what a person cannot see answers 404.
/// </summary>
[Feature(SecretsFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("secrets")]
public sealed class SecretsController(RegisterViews views, SecretDecisions decisions, SecretDeciders deciders) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Register(string? level, string? status, CancellationToken cancellationToken)
    {
        var filter = new RegisterFilter(level, status);
        return View(new RegisterPage(filter, await views.ListAsync(User, filter, cancellationToken)));
    }

    [HttpGet("incoming/{documentId:int}")]
    [ProtectedResource(IncomingFeature.Kind, "documentId")]
    public Task<IActionResult> Incoming(int documentId, CancellationToken cancellationToken) => EntryAsync(IncomingFeature.Kind, documentId, cancellationToken);

    [HttpGet("outgoing/{documentId:int}")]
    [ProtectedResource(OutgoingFeature.Kind, "documentId")]
    public Task<IActionResult> Outgoing(int documentId, CancellationToken cancellationToken) => EntryAsync(OutgoingFeature.Kind, documentId, cancellationToken);

    [HttpPost("incoming/{documentId:int}")]
    [ValidateAntiForgeryToken]
    [ProtectedResource(IncomingFeature.Kind, "documentId", Operation = ResourceOperation.Change)]
    public Task<IActionResult> DecideIncoming(int documentId, DecisionInput input, CancellationToken cancellationToken) =>
        DecideAsync(IncomingFeature.Kind, documentId, input, cancellationToken);

    [HttpPost("outgoing/{documentId:int}")]
    [ValidateAntiForgeryToken]
    [ProtectedResource(OutgoingFeature.Kind, "documentId", Operation = ResourceOperation.Change)]
    public Task<IActionResult> DecideOutgoing(int documentId, DecisionInput input, CancellationToken cancellationToken) =>
        DecideAsync(OutgoingFeature.Kind, documentId, input, cancellationToken);

    private async Task<IActionResult> EntryAsync(string kind, int documentId, CancellationToken cancellationToken) =>
        await PageAsync(kind, documentId, new DecisionInput(null, null, null, null), [], cancellationToken) is { } page ? View("Entry", page) : NotFound();

    private async Task<IActionResult> DecideAsync(string kind, int documentId, DecisionInput input, CancellationToken cancellationToken)
    {
        try
        {
            await decisions.DecideAsync(User, kind, documentId, input, cancellationToken);
            TempData["Message"] = input.Action == SecretDecisions.Destroy ? "Đã tiêu hủy văn bản; chỉ còn hồ sơ tiêu hủy." : "Đã ghi quyết định.";
            return Redirect(Url.Content($"~/secrets/{kind}/{documentId}"));
        }
        catch (SecretForbiddenException e)
        {
            return StatusCode(StatusCodes.Status403Forbidden, e.Message);
        }
        catch (Exception e) when (e is RequestRefusedException or DbUpdateConcurrencyException)
        {
            var errors = e is RequestRefusedException refused ? refused.Errors : ["Văn bản vừa có quyết định khác; hãy tải lại."];
            return await PageAsync(kind, documentId, input, errors, cancellationToken) is { } page ? View("Entry", page) : NotFound();
        }
    }

    private async Task<EntryPage?> PageAsync(string kind, int documentId, DecisionInput input, IReadOnlyList<string> errors, CancellationToken cancellationToken) =>
        await views.EntryAsync(kind, documentId, cancellationToken) is { } found
            ? new EntryPage(found.Row, found.Decisions, await deciders.MayDecideAsync(User, cancellationToken), input, errors)
            : null;
}
