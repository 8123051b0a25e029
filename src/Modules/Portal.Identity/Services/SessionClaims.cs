namespace Portal.Identity.Services;

public static class SessionClaims
{
    public const string SecurityStamp = Portal.Core.Security.PortalClaims.SecurityStamp;
    public const string IssuedUtcTicks = Portal.Core.Security.PortalClaims.IssuedUtcTicks;
    /// <summary>How the session began: "password", "password+totp", "cert".</summary>
    public const string Method = Portal.Core.Security.PortalClaims.Method;
    /// <summary>When the person last proved a second factor (code or certificate); step-up reads it.</summary>
    public const string StrongAuthUtcTicks = Portal.Core.Security.StrongAuthentication.Claim;
}
