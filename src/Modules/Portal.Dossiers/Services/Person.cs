using System.Security.Claims;
using Portal.Core.Security;
using Portal.Identity;

namespace Portal.Dossiers.Services;

/// <summary>The signed-in person acting on dossiers, as the session's claims say.</summary>
public sealed record Person(string UserId, string FullName, int Clearance, ClaimsPrincipal Principal)
{
    public static Person Of(ClaimsPrincipal user) => new(
        user.FindFirstValue(PortalClaims.UserId) ?? "",
        user.FindFirstValue(PortalClaims.FullName) ?? user.FindFirstValue(PortalClaims.UserName) ?? "",
        int.TryParse(user.FindFirstValue(PortalClaims.Clearance), out var level) ? level : 0,
        user);

    public bool IsClerk => Principal.IsInRole(Roles.Clerk);
}
