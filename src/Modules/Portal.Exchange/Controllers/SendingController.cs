using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Access;
using Portal.Core.Modules;
using Portal.Core.Mvc;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Identity;
using Portal.Outgoing;

namespace Portal.Exchange.Controllers;

/// <summary>
/// The sender's page of a document sent to other agencies: per recipient its delivery, its latest status and
/// every status with its time; the clerk's "Gửi liên thông" (a group or agency codes) and "Thu hồi" with a reason. Declared on the outgoing document (unseen = 404).
/// </summary>
[Feature(ExchangeFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("exchange/outgoing/{documentId:int}")]
[AutoValidateAntiforgeryToken]
public sealed class SendingController(Sending.SendingProgress progress, Recall.DocumentRecalling recalling, Sending.ExchangeSending sending,
    ITenantAccessor tenants) : Controller
{
    [HttpGet("")]
    [ProtectedResource(OutgoingFeature.Kind, "documentId", Operation = ResourceOperation.Read)]
    public async Task<IActionResult> Show(int documentId, CancellationToken cancellationToken) =>
        View(new SendingPage(documentId, await progress.OfAsync(documentId, cancellationToken), await recalling.IsRecalledAsync(documentId, cancellationToken),
            User.IsInRole(Roles.Clerk), tenants.Required.Record.AgencyCode));

    /// <param name="group">A directory group (e.g. "truc-thuoc:{code}"), or empty.</param>
    /// <param name="recipients">Agency codes separated by commas, spaces or lines.</param>
    [HttpPost("send")]
    [ProtectedResource(OutgoingFeature.Kind, "documentId", Operation = ResourceOperation.Change)]
    public async Task<IActionResult> Send(int documentId, string? group, string? recipients, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.Clerk))
            return StatusCode(StatusCodes.Status403Forbidden);
        var codes = (recipients ?? "").Split([',', ';', ' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        return await this.RunAndReturnAsync(
            async () => await sending.SendAsync(documentId, new Sending.SendInput(codes, string.IsNullOrWhiteSpace(group) ? [] : [group.Trim()]), cancellationToken),
            "Đã gửi liên thông; các phong bì đang được chuyển tới cơ quan nhận.", () => Back(documentId));
    }

    [HttpPost("recall")]
    [ProtectedResource(OutgoingFeature.Kind, "documentId", Operation = ResourceOperation.Change)]
    public async Task<IActionResult> Recall(int documentId, string? reason, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.Clerk))
            return StatusCode(StatusCodes.Status403Forbidden);
        return await this.RunAndReturnAsync(
            () => recalling.RecallAsync(documentId, reason, User.FindFirst(PortalClaims.FullName)?.Value ?? User.Identity?.Name ?? "", cancellationToken),
            "Đã thu hồi; yêu cầu thu hồi đang được gửi tới các cơ quan nhận.", () => Back(documentId));
    }

    private RedirectResult Back(int documentId) => Redirect(Url.Content($"~/exchange/outgoing/{documentId}"));
}
