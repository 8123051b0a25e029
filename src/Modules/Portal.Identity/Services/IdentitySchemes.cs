namespace Portal.Identity.Services;

public static class IdentitySchemes
{
    public const string Cookie = "Portal.Cookie";
    /// <summary>A short-lived cookie between a correct password and the one-time code.</summary>
    public const string Pending = "Portal.Pending";
}
