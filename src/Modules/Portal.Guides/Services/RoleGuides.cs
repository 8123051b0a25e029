using System.Security.Claims;
using Portal.Identity;

namespace Portal.Guides.Services;

/// <summary>Which guide tells each role its work (docs/guides/README.md's table); a role with none is sent to the list.</summary>
public static class RoleGuides
{
    public const string Index = "README";

    private static readonly (string Role, string Guide)[] ByRole =
    [
        (Roles.CentralOfficeAdmin, "van-phong-chinh-phu"),
        (Roles.CentralOfficeMonitor, "van-phong-chinh-phu"),
        (Roles.TenantAdmin, "quan-tri-he-thong"),
        (Roles.Head, "lanh-dao"),
        (Roles.Deputy, "lanh-dao"),
        (Roles.Signer, "nguoi-ky"),
        (Roles.UnitLeader, "lanh-dao-don-vi"),
        (Roles.SecurityOfficer, "can-bo-bao-ve-bmnn"),
        (Roles.Clerk, "van-thu"),
        (Roles.Officer, "chuyen-vien"),
    ];

    /// <summary>The person's guides, in the order above, each once.</summary>
    public static IReadOnlyList<string> For(ClaimsPrincipal user) =>
        ByRole.Where(r => user.IsInRole(r.Role)).Select(r => r.Guide).Distinct().ToList();
}
