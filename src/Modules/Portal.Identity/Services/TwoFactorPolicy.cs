using Portal.Identity.Models;

namespace Portal.Identity.Services;

/// <summary>Who must present a second factor: everyone with a clearance, every tenant admin, everyone in the central office.</summary>
public static class TwoFactorPolicy
{
    public static bool IsRequired(PortalUser user, IEnumerable<string> roles, bool centralOffice) =>
        centralOffice || user.Clearance != Clearance.None || roles.Contains(Roles.TenantAdmin);
}
