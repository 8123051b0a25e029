namespace Portal.Identity.Services;

public static class SessionClaims
{
    public const string SecurityStamp = "portal:stamp";
    public const string IssuedUtcTicks = "portal:issued";
    /// <summary>How the session began: "password", "password+totp", "cert".</summary>
    public const string Method = "portal:amr";
    /// <summary>When the person last proved a second factor (code or certificate); step-up reads it.</summary>
    public const string StrongAuthUtcTicks = Portal.Core.Security.StrongAuthentication.Claim;
}
