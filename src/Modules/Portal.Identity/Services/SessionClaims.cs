namespace Portal.Identity.Services;

internal static class SessionClaims
{
    public const string SecurityStamp = "portal:stamp";
    public const string IssuedUtcTicks = "portal:issued";
}
