using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Mvc;
using Portal.Core.Security;
using Portal.Identity;
using Portal.Incoming;

namespace Portal.Exchange.Controllers;

/// <summary>
/// The clerk's "Văn bản điện tử đến" pages: the queue, an opened envelope with the registration form it fills,
/// "Vào sổ" (then the incoming document's own page) and "Từ chối" with a reason. An envelope above the clerk's
/// clearance is missing to them (404).
/// </summary>
[Feature(ExchangeFeature.Id)]
[Authorize(Roles = Roles.Clerk)]
[Route("exchange/arrivals")]
[AutoValidateAntiforgeryToken]
public sealed class ArrivalsController(Receiving.ArrivalQueue queue, Receiving.ArrivalRegistration registration, Recall.RecallConfirmation recalls,
    Edxml.EdxmlImport import) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken cancellationToken) =>
        View(await queue.ListAsync(Clearance, cancellationToken));

    [HttpGet("{senderCode}/{envelopeId:guid}")]
    public async Task<IActionResult> Open(string senderCode, Guid envelopeId, CancellationToken cancellationToken)
    {
        try
        {
            return await registration.OpenAsync(senderCode, envelopeId, Clearance, cancellationToken) is { } opened ? View(opened) : NotFound();
        }
        catch (RequestRefusedException e)
        {
            TempData["Error"] = string.Join(" ", e.Errors);
            return RedirectToQueue();
        }
    }

    [HttpPost("{senderCode}/{envelopeId:guid}/register")]
    public async Task<IActionResult> Register(string senderCode, Guid envelopeId, IncomingDraft form, CancellationToken cancellationToken)
    {
        try
        {
            var registered = await registration.RegisterAsync(User, Clearance, senderCode, envelopeId, form, cancellationToken);
            if (registered is null)
                return NotFound();
            TempData["Message"] = $"Đã vào sổ, số đến {registered.ArrivalNumber}/{registered.Year}.";
            return Redirect(Url.Content($"~/incoming/{registered.DocumentId}"));
        }
        catch (RequestRefusedException e)
        {
            TempData["Error"] = string.Join(" ", e.Errors);
            return Redirect(Url.Content($"~/exchange/arrivals/{senderCode}/{envelopeId}"));
        }
    }

    [HttpPost("{senderCode}/{envelopeId:guid}/refuse")]
    public Task<IActionResult> Refuse(string senderCode, Guid envelopeId, string? reason, CancellationToken cancellationToken) =>
        this.RunAndReturnAsync(async () =>
        {
            if (!await queue.RefuseAsync(senderCode, envelopeId, Clearance, reason, cancellationToken))
                throw new RequestRefusedException("Không tìm thấy văn bản điện tử đến này.");
        }, "Đã từ chối tiếp nhận; lý do đã gửi lại cơ quan gửi.", RedirectToQueue);

    [HttpPost("{senderCode}/{envelopeId:guid}/recall/accept")]
    public Task<IActionResult> AcceptRecall(string senderCode, Guid envelopeId, CancellationToken cancellationToken) =>
        this.RunAndReturnAsync(async () =>
        {
            if (!await recalls.ConfirmAsync(senderCode, envelopeId, Clearance, cancellationToken))
                throw new RequestRefusedException("Không tìm thấy văn bản điện tử đến này.");
        }, "Đã đồng ý thu hồi: bản nhận đã được xóa.", RedirectToQueue);

    [HttpPost("{senderCode}/{envelopeId:guid}/recall/refuse")]
    public Task<IActionResult> RefuseRecall(string senderCode, Guid envelopeId, string? reason, CancellationToken cancellationToken) =>
        this.RunAndReturnAsync(async () =>
        {
            if (!await recalls.RefuseAsync(senderCode, envelopeId, Clearance, reason, cancellationToken))
                throw new RequestRefusedException("Không tìm thấy văn bản điện tử đến này.");
        }, "Đã từ chối thu hồi; lý do đã gửi lại cơ quan gửi.", RedirectToQueue);

    [HttpPost("edxml")]
    [RequestSizeLimit(Edxml.EdxmlReading.MaxBytes + 1024 * 1024)]
    public Task<IActionResult> Import(IFormFile? package, CancellationToken cancellationToken) =>
        this.RunAndReturnAsync(async () =>
        {
            if (package is null || package.Length == 0)
                throw new RequestRefusedException("Chọn tệp gói edXML (.xml) để tiếp nhận.");
            await using var xml = package.OpenReadStream();
            await import.ImportAsync(xml, cancellationToken);
        }, "Đã tiếp nhận gói edXML: văn bản chờ vào sổ.", RedirectToQueue);

    private int Clearance => int.TryParse(User.FindFirstValue(PortalClaims.Clearance), out var level) ? level : 0;

    private RedirectResult RedirectToQueue() => Redirect(Url.Content("~/exchange/arrivals"));
}
