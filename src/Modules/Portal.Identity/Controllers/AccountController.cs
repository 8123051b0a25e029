using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Core.Modules;
using Portal.Core.Tenancy;
using Portal.Identity.Services;

namespace Portal.Identity.Controllers;

[Feature(IdentityFeature.Id)]
[Route("account")]
public sealed class AccountController(PasswordSignIn signIn, SecondFactor secondFactor, TotpAuthenticator totp, StepUp stepUp,
    ITenantAccessor tenants) : Controller
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
        var outcome = await signIn.PasswordAsync(form.UserName ?? "", form.Password ?? "");
        return outcome switch
        {
            SignInOutcome.SignedIn => Back(form.ReturnUrl),
            SignInOutcome.NeedsCode => Redirect(Url.Content("~/account/totp") + Query(form.ReturnUrl)),
            SignInOutcome.NeedsEnrolment => Redirect(Url.Content("~/account/totp/enrol") + Query(form.ReturnUrl)),
            SignInOutcome.ArchiveClosed => View(new LoginForm { UserName = form.UserName, ReturnUrl = form.ReturnUrl, Error = ArchiveGuardMiddleware.SignInRefused }),
            _ => View(new LoginForm { UserName = form.UserName, ReturnUrl = form.ReturnUrl, Error = PasswordSignIn.Failed }),
        };
    }

    [AllowAnonymous]
    [HttpGet("totp")]
    public async Task<IActionResult> Totp(string? returnUrl) =>
        await secondFactor.PendingUserAsync() is null ? ToLogin() : View(new CodeForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("totp")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(SessionLimits.SignInRateLimit)]
    public async Task<IActionResult> Totp(CodeForm form)
    {
        var user = await secondFactor.PendingUserAsync();
        if (user is null)
            return ToLogin();
        if (await secondFactor.CompleteWithCodeAsync(user, form.Code, form.RecoveryCode))
            return Back(form.ReturnUrl);
        return View(new CodeForm { ReturnUrl = form.ReturnUrl, Error = SecondFactor.WrongCode });
    }

    [AllowAnonymous]
    [HttpGet("totp/enrol")]
    public async Task<IActionResult> Enrol(string? returnUrl)
    {
        var user = await secondFactor.PendingUserAsync();
        return user is null || user.TwoFactorEnabled ? ToLogin() : View(await EnrolmentFormAsync(user, new CodeForm { ReturnUrl = returnUrl }));
    }

    [AllowAnonymous]
    [HttpPost("totp/enrol")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(SessionLimits.SignInRateLimit)]
    public async Task<IActionResult> Enrol(CodeForm form)
    {
        var user = await secondFactor.PendingUserAsync();
        if (user is null || user.TwoFactorEnabled)
            return ToLogin();
        var recovery = await secondFactor.EnrolAsync(user, form.Code);
        if (recovery is null)
            return View(await EnrolmentFormAsync(user, new CodeForm { ReturnUrl = form.ReturnUrl, Error = SecondFactor.WrongCode }));
        return View("RecoveryCodes", new CodeForm { ReturnUrl = Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : Url.Content("~/"), RecoveryCodes = recovery });
    }

    [Authorize(Policy = PortalPolicies.SignedIn)]
    [HttpGet("step-up")]
    public IActionResult StepUpForm(string? returnUrl) => View("StepUp", new CodeForm { ReturnUrl = returnUrl });

    [Authorize(Policy = PortalPolicies.SignedIn)]
    [HttpPost("step-up")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(SessionLimits.SignInRateLimit)]
    public async Task<IActionResult> StepUpConfirm(CodeForm form)
    {
        if (await stepUp.ConfirmAsync(User, form.Code))
            return Back(form.ReturnUrl);
        return View("StepUp", new CodeForm { ReturnUrl = form.ReturnUrl, Error = SecondFactor.WrongCode });
    }

    [Authorize(Policy = PortalPolicies.SignedIn)]
    [HttpPost("logout")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(IdentitySchemes.Cookie);
        return LocalRedirect(Url.Content("~/account/login"));
    }

    private async Task<CodeForm> EnrolmentFormAsync(Models.PortalUser user, CodeForm form)
    {
        var key = await totp.EnrolmentKeyAsync(user);
        form.Key = string.Join(' ', key.Chunk(4).Select(c => new string(c)));
        form.QrCode = QrCode.DataUri(TotpAuthenticator.Uri($"Portal {tenants.Required.Record.DisplayName}", user.UserName ?? "", key));
        return form;
    }

    private IActionResult Back(string? returnUrl) => LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : Url.Content("~/"));

    private RedirectResult ToLogin() => Redirect(Url.Content("~/account/login"));

    private static string Query(string? returnUrl) =>
        string.IsNullOrEmpty(returnUrl) ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl);
}
