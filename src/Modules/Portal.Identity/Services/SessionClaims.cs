namespace Portal.Identity.Services;

internal static class SessionClaims
{
    public const string SecurityStamp = "portal:stamp";
}
