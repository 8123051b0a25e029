using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Core.Modules;
using Portal.Identity.Services;

namespace Portal.Identity.Controllers;

[Feature(IdentityFeature.Id)]
[Route("account")]
public sealed class AccountController(PasswordSignIn signIn) : Controller
{
    [AllowAnonymous]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("login")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(SessionLimits.SignInRateLimit)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (await signIn.PasswordAsync(form.UserName ?? "", form.Password ?? ""))
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : Url.Content("~/"));
        form.Password = null;
        form.Error = PasswordSignIn.Failed;
        return View(form);
    }

    [Authorize(Policy = PortalPolicies.SignedIn)]
    [HttpPost("logout")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(IdentitySchemes.Cookie);
        return LocalRedirect(Url.Content("~/account/login"));
    }
}
