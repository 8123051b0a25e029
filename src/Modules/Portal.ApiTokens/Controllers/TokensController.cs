using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.ApiTokens.Services;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Identity;

namespace Portal.ApiTokens.Controllers;

/// <summary>
/// A signed-in person's own API tokens: list, create (the secret is shown once), revoke. Only a browser
/// session reaches these pages: a token is not accepted here, so a token cannot make more tokens.
/// </summary>
[Feature(ApiTokensFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("account/tokens")]
public sealed class TokensController(ApiTokenService tokens, IAccountDirectory accounts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var stamp = (await accounts.FindActiveAsync(UserId, cancellationToken))?.SecurityStamp;
        var now = DateTime.UtcNow;
        var rows = (await tokens.ListAsync(UserId, cancellationToken))
            .Select(t => new TokenRow(t.Id, t.Name, t.Prefix, t.ScopeList, t.CreatedUtc, t.ExpiresUtc, t.LastUsedUtc, TokenStateText.Of(t, stamp, now)))
            .ToList();
        return View(rows);
    }

    [HttpGet("new")]
    public IActionResult Create() => View(new TokenForm { Scopes = [ApiScopes.Read] });

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(TokenForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || form.ExpiresInDays is < 1 or > ApiTokenLimits.MaxDays)
        {
            form.Errors = [$"Thời hạn của khóa từ 1 đến {ApiTokenLimits.MaxDays} ngày."];
            return View(form);
        }
        try
        {
            var issued = await tokens.IssueAsync(UserId, form.Name ?? "", form.Scopes.Distinct().ToList(),
                DateTime.UtcNow.AddDays(form.ExpiresInDays), cancellationToken);
            return View("Created", new CreatedToken(issued.Token.Name, issued.Secret, issued.Token.ScopeList, issued.Token.ExpiresUtc));
        }
        catch (RequestRefusedException e)
        {
            form.Errors = e.Errors;
            return View(form);
        }
    }

    [HttpPost("{tokenId:int}/revoke")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Revoke(int tokenId, CancellationToken cancellationToken)
    {
        if (!await tokens.RevokeAsync(UserId, tokenId, cancellationToken))
            return NotFound();
        TempData["Message"] = "Đã thu hồi khóa; chương trình nào còn dùng khóa này sẽ bị từ chối ngay.";
        return RedirectToAction(nameof(Index));
    }

    private string UserId => User.FindFirst(PortalClaims.UserId)?.Value ?? "";
}
