namespace Portal.Identity.Services;

public static class IdentitySchemes
{
    public const string Cookie = "Portal.Cookie";
}
