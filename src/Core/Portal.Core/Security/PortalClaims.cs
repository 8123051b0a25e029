namespace Portal.Core.Security;

/// <summary>Claim types Portal puts in a signed-in user's identity.</summary>
public static class PortalClaims
{
    public const string UserId = "portal:uid";
    public const string UserName = "portal:user";
    public const string FullName = "portal:full_name";
    public const string Position = "portal:position";
    public const string Tenant = "portal:tenant";
    public const string Role = "portal:role";
    /// <summary>How the session was authenticated: "password", "password+totp", "cert", "token".</summary>
    public const string Method = "portal:amr";
    public const string SecurityStamp = "portal:stamp";
    public const string IssuedUtcTicks = "portal:issued";
    /// <summary>The user's clearance as a number (0 none, 1 Mật, 2 Tối mật), refreshed from the account on every request.</summary>
    public const string Clearance = "portal:clearance";
}
