using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Identity.Models;

namespace Portal.Identity.Services;

/// <summary>
/// Checks a session on every request: it must belong to this tenant, and the account must still exist,
/// be enabled and carry the same security stamp — so disabling an account ends its open sessions at once.
/// </summary>
internal static class SessionValidator
{
    /// <summary>Marks a request that carried another agency's session: it is answered 404, never a sign-in page.</summary>
    public const string ForeignSession = "portal:foreign-session";

    /// <summary>Also ends sessions older than the absolute limit, however active.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var tenant = context.HttpContext.Features.Get<TenantContext>();
        var principal = context.Principal;
        if (tenant is not null && principal?.FindFirstValue(PortalClaims.Tenant) is { } owner && owner != tenant.Name)
            context.HttpContext.Items[ForeignSession] = true;
        if (tenant is null || principal?.FindFirstValue(PortalClaims.Tenant) != tenant.Name || !tenant.HasFeature(IdentityFeature.Id)
            || !long.TryParse(principal.FindFirstValue(SessionClaims.IssuedUtcTicks), out var issued)
            || DateTime.UtcNow - new DateTime(issued, DateTimeKind.Utc) > AbsoluteLimit(context.HttpContext))
        {
            Reject(context);
            return;
        }
        var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByIdAsync(principal.FindFirstValue(PortalClaims.UserId) ?? "");
        if (user is null || user.IsDisabled || user.SecurityStamp != principal.FindFirstValue(SessionClaims.SecurityStamp))
        {
            Reject(context);
            await context.HttpContext.SignOutAsync(IdentitySchemes.Cookie);
            return;
        }
        context.ReplacePrincipal(WithCurrentClearance(principal, user.Clearance));
    }

    private static TimeSpan AbsoluteLimit(HttpContext context) =>
        context.RequestServices.GetRequiredService<IConfiguration>().GetValue("Portal:SessionAbsolute", SessionLimits.DefaultAbsolute);

    /// <summary>The clearance is read from the account on every request, so a change holds from the very next one.</summary>
    private static ClaimsPrincipal WithCurrentClearance(ClaimsPrincipal principal, Clearance clearance)
    {
        var identity = new ClaimsIdentity(principal.Claims.Where(c => c.Type != PortalClaims.Clearance),
            principal.Identity!.AuthenticationType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(PortalClaims.Clearance, ((int)clearance).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new ClaimsPrincipal(identity);
    }

    private static void Reject(CookieValidatePrincipalContext context) => context.RejectPrincipal();
}
