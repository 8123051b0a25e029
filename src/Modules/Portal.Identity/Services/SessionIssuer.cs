using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Identity.Models;

namespace Portal.Identity.Services;

/// <summary>
/// Issues the session cookie once a person has proved who they are, whatever the way (password,
/// password and one-time code, certificate): one claim set for all, so every check reads the same.
/// </summary>
public sealed class SessionIssuer(UserManager<PortalUser> users, ITenantAccessor tenants, IHttpContextAccessor http)
{
    public async Task SignInAsync(PortalUser user, string method, bool strong)
    {
        var now = DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
        var claims = new List<Claim>
        {
            new(PortalClaims.UserId, user.Id),
            new(PortalClaims.UserName, user.UserName ?? ""),
            new(ClaimTypes.Name, user.UserName ?? ""),
            new(PortalClaims.FullName, user.FullName),
            new(PortalClaims.Position, user.Position),
            new(PortalClaims.Tenant, tenants.Required.Name),
            new(SessionClaims.SecurityStamp, user.SecurityStamp ?? ""),
            new(SessionClaims.IssuedUtcTicks, now),
            new(SessionClaims.Method, method),
        };
        if (strong)
            claims.Add(new Claim(SessionClaims.StrongAuthUtcTicks, now));
        claims.AddRange((await users.GetRolesAsync(user)).Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, IdentitySchemes.Cookie, ClaimTypes.Name, ClaimTypes.Role));
        var context = http.HttpContext!;
        await context.SignOutAsync(IdentitySchemes.Pending);
        await context.SignInAsync(IdentitySchemes.Cookie, principal,
            new AuthenticationProperties { IsPersistent = false, AllowRefresh = true });
    }

    /// <summary>Renews the current session after a fresh second factor (step-up), keeping when it began.</summary>
    public async Task RefreshStrongAuthAsync(ClaimsPrincipal current)
    {
        var identity = new ClaimsIdentity(current.Claims.Where(c => c.Type is not SessionClaims.StrongAuthUtcTicks and not PortalClaims.Clearance),
            IdentitySchemes.Cookie, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(SessionClaims.StrongAuthUtcTicks, DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture)));
        await http.HttpContext!.SignInAsync(IdentitySchemes.Cookie, new ClaimsPrincipal(identity),
            new AuthenticationProperties { IsPersistent = false, AllowRefresh = true });
    }
}
