using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Notifications.Mail;
using Portal.Notifications.Models;

namespace Portal.Notifications.Controllers;

/// <summary>
/// The tenant admin's mail server for the notices' mail (Quản trị → Thư thông báo), with what is waiting to be sent and
/// the last failure, so a broken server is seen here rather than by people missing their mail.
/// </summary>
[Feature(NotificationsFeature.Id)]
[Authorize(Policy = PortalPolicies.TenantAdmin)]
[Route("admin/notifications/mail")]
public sealed class MailServerController(MailServerSettings servers, MailDeliveryLog delivery, NotificationsDb db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var server = await servers.LoadAsync(cancellationToken);
        return View(await PageAsync(MailServerForm.Of(server), server?.Password.Length > 0, [], cancellationToken));
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index(MailServerForm form, CancellationToken cancellationToken)
    {
        var (server, errors) = form.Read();
        if (errors.Count > 0)
        {
            var kept = await servers.LoadAsync(cancellationToken);
            return View(await PageAsync(form, kept?.Password.Length > 0, errors, cancellationToken));
        }
        await servers.SaveAsync(server, form.ClearPassword, cancellationToken);
        TempData["Message"] = server.Host.Length == 0 ? "Đã tắt gửi thư thông báo." : "Đã lưu máy chủ thư.";
        return Redirect(Url.Content("~/admin/notifications/mail"));
    }

    private async Task<MailServerPage> PageAsync(MailServerForm form, bool hasPassword, IReadOnlyList<string> errors, CancellationToken cancellationToken) =>
        new(form, hasPassword, await db.Notifications.CountAsync(n => n.MailPending, cancellationToken), await delivery.ReadAsync(cancellationToken), errors);
}
