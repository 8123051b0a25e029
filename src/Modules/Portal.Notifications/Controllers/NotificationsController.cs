using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Identity;
using Portal.Notifications.Services;

namespace Portal.Notifications.Controllers;

/// <summary>The person's notifications: the list, marking read, and the choice of what to receive.</summary>
[Feature(NotificationsFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("notifications")]
public sealed class NotificationsController(NotificationInbox inbox, NotificationSettings settings, NotificationDigest digest) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await inbox.ListAsync(User, unreadOnly: false, cancellationToken));

    [HttpGet("digest")]
    public async Task<IActionResult> Digest(CancellationToken cancellationToken) =>
        View(await digest.OpenAsync(User, cancellationToken));

    [HttpPost("{id:long}/read")]
    public async Task<IActionResult> Read(long id, CancellationToken cancellationToken)
    {
        await inbox.MarkReadAsync(User, id, cancellationToken);
        return Redirect(Url.Content("~/notifications"));
    }

    [HttpPost("read-all")]
    public async Task<IActionResult> ReadAll(CancellationToken cancellationToken)
    {
        await inbox.MarkReadAsync(User, null, cancellationToken);
        return Redirect(Url.Content("~/notifications"));
    }

    [HttpGet("settings")]
    public async Task<IActionResult> Settings(CancellationToken cancellationToken) =>
        View(await settings.ReceivedAsync(UserId, cancellationToken));

    [HttpPost("settings")]
    public async Task<IActionResult> Settings(List<string> received, List<string> mailed, bool dailyMail, CancellationToken cancellationToken)
    {
        await settings.SetAsync(UserId, received, mailed, dailyMail, cancellationToken);
        return Redirect(Url.Content("~/notifications/settings"));
    }

    private string UserId => User.FindFirstValue(PortalClaims.UserId) ?? "";
}
