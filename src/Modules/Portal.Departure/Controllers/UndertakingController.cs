using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Modules;
using Portal.Core.Mvc;
using Portal.Core.Security;
using Portal.Departure.Services;
using Portal.Identity;

namespace Portal.Departure.Controllers;

/// <summary>The signed-in person's own undertaking: the text to sign, and the record once signed.</summary>
[Feature(DepartureFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("undertaking")]
public sealed class UndertakingController(Undertakings undertakings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("Index", new UndertakingPage(User.FindFirstValue(PortalClaims.FullName) ?? "", User.FindFirstValue(PortalClaims.Position) ?? "",
            await undertakings.LatestAsync(UserId, cancellationToken)));

    [HttpPost("")]
    public Task<IActionResult> Sign(CancellationToken cancellationToken) =>
        this.RunAndReturnAsync(() => undertakings.SignAsync(UserId, cancellationToken), "Đã ghi nhận bản cam kết bảo vệ bí mật nhà nước.",
            () => Redirect(Url.Content("~/undertaking")));

    private string UserId => User.FindFirstValue(PortalClaims.UserId) ?? "";
}
