namespace Portal.ApiTokens.Authentication;

public static class ApiTokenSchemes
{
    /// <summary>The personal API token, sent as "Authorization: Bearer ptk_…".</summary>
    public const string Token = "Portal.Token";

    /// <summary>The default scheme: the token when the request carries a bearer token, the session cookie otherwise.</summary>
    public const string CookieOrToken = "Portal.CookieOrToken";

    /// <summary>The Identity module's session cookie (Portal.Identity.Services.IdentitySchemes.Cookie).</summary>
    public const string Cookie = "Portal.Cookie";
}
