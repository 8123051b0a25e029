using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Core.Modules;
using Portal.Identity.Services;

namespace Portal.Identity.Certificates;

/// <summary>
/// /account/certificate: sign-in with the certificate the browser gave in the TLS handshake on the
/// HTTPS address (Kestrel asks for one; the agency's trust store decides).
/// </summary>
[Feature(IdentityFeature.Id)]
[Route("account/certificate")]
public sealed class CertificateSignInController(CertificateSignIn signIn) : Controller
{
    private const string Page = "~/Views/Certificates/SignIn.cshtml";

    [AllowAnonymous]
    [HttpGet("")]
    public async Task<IActionResult> Index(string? returnUrl, CancellationToken cancellationToken) =>
        View(Page, await FormAsync(returnUrl, null, cancellationToken));

    [AllowAnonymous]
    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(SessionLimits.SignInRateLimit)]
    public async Task<IActionResult> SignIn(string? returnUrl, CancellationToken cancellationToken)
    {
        var certificate = Request.IsHttps ? await HttpContext.Connection.GetClientCertificateAsync(cancellationToken) : null;
        if (await signIn.SignInAsync(certificate, cancellationToken))
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : Url.Content("~/"));
        return View(Page, await FormAsync(returnUrl, CertificateSignIn.Failed, cancellationToken));
    }

    private async Task<CertificateSignInForm> FormAsync(string? returnUrl, string? error, CancellationToken cancellationToken)
    {
        var certificate = Request.IsHttps ? await HttpContext.Connection.GetClientCertificateAsync(cancellationToken) : null;
        return new CertificateSignInForm
        {
            ReturnUrl = returnUrl,
            Error = error,
            IsHttps = Request.IsHttps,
            Holder = certificate is null ? null : CertificateText.Holder(certificate),
            Issuer = certificate is null ? null : CertificateText.Issuer(certificate),
        };
    }
}
