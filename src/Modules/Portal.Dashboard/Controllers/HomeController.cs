using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Access;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Identity;

namespace Portal.Dashboard.Controllers;

[Feature(DashboardFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
public sealed class HomeController(IAccessAlerts alerts) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await alerts.UnreadAsync(UserId, cancellationToken));

    [HttpPost("/alerts/{alertId:long}/read")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> MarkRead(long alertId, CancellationToken cancellationToken)
    {
        await alerts.MarkReadAsync(UserId, alertId, cancellationToken);
        return LocalRedirect(Url.Content("~/"));
    }

    private string UserId => User.FindFirst(PortalClaims.UserId)?.Value ?? "";
}
