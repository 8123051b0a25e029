using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.ApiTokens.Models;
using Portal.ApiTokens.Services;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Identity;

namespace Portal.ApiTokens.Authentication;

/// <summary>
/// Finds a secret in the current tenant's store (so another tenant's token is unknown here) and the
/// account it belongs to as it is now; builds the same claims as a session, without strong authentication.
/// </summary>
public sealed class TokenAuthenticator(ApiTokensDb db, IAccountDirectory accounts, ITenantAccessor tenants)
{
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var hash = ApiTokenSecret.Hash(secret);
        var token = await db.Tokens.AsNoTracking().FirstOrDefaultAsync(t => t.SecretHash == hash, cancellationToken);
        if (token is null || token.RevokedUtc is not null || token.ExpiresUtc <= now)
            return null;
        var account = await accounts.FindActiveAsync(token.UserId, cancellationToken);
        if (account is null || account.SecurityStamp != token.SecurityStamp)
            return null;
        if (token.LastUsedUtc is not { } last || now - last >= ApiTokenLimits.LastUseResolution)
            await db.Tokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedUtc, now), cancellationToken);
        return Principal(token, account, tenants.Required.Name);
    }

    /// <summary>The session's claim set (SessionIssuer) with the clearance of now, the scopes, and no "portal:strong".</summary>
    public static ClaimsPrincipal Principal(ApiToken token, ActiveAccount account, string tenant)
    {
        var claims = new List<Claim>
        {
            new(PortalClaims.UserId, account.UserId),
            new(PortalClaims.UserName, account.UserName),
            new(ClaimTypes.Name, account.UserName),
            new(PortalClaims.FullName, account.FullName),
            new(PortalClaims.Position, account.Position),
            new(PortalClaims.Tenant, tenant),
            new(TokenClaims.SecurityStamp, account.SecurityStamp),
            new(TokenClaims.IssuedUtcTicks, token.CreatedUtc.Ticks.ToString(CultureInfo.InvariantCulture)),
            new(TokenClaims.Method, TokenClaims.TokenMethod),
            new(TokenClaims.TokenId, token.Id.ToString(CultureInfo.InvariantCulture)),
            new(PortalClaims.Clearance, ((int)account.Clearance).ToString(CultureInfo.InvariantCulture)),
        };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(token.ScopeList.Select(s => new Claim(TokenClaims.Scope, s)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, ApiTokenSchemes.Token, ClaimTypes.Name, ClaimTypes.Role));
    }
}
