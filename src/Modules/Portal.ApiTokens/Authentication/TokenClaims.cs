using System.Security.Claims;

namespace Portal.ApiTokens.Authentication;

/// <summary>
/// Claims a token's principal carries beyond the session's (Portal.Core.Security.PortalClaims): its
/// scopes and its id; the session claim types it shares with the Identity module's SessionClaims.
/// </summary>
public static class TokenClaims
{
    public const string Scope = "portal:scope";
    public const string TokenId = "portal:token";
    /// <summary>How the principal was authenticated (SessionClaims.Method): "token" for an API token.</summary>
    public const string Method = Portal.Core.Security.PortalClaims.Method;
    public const string TokenMethod = "token";
    public const string SecurityStamp = Portal.Core.Security.PortalClaims.SecurityStamp;
    public const string IssuedUtcTicks = Portal.Core.Security.PortalClaims.IssuedUtcTicks;

    /// <summary>Whether the request was authenticated by an API token rather than by a browser session.</summary>
    public static bool IsToken(ClaimsPrincipal user) =>
        user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == ApiTokenSchemes.Token)
        || user.HasClaim(Method, TokenMethod);

    public static bool HasScope(ClaimsPrincipal user, string scope) => user.HasClaim(Scope, scope);
}
