using System.Security.Claims;
using Portal.Access;
using Portal.Core.Security;
using Portal.Identity;

namespace Portal.Incoming.Services;

/// <summary>The signed-in person acting on incoming documents, as the session's claims say.</summary>
public sealed record Actor(string UserId, string UserName, string FullName, int Clearance, ClaimsPrincipal Principal)
{
    public static Actor Of(ClaimsPrincipal user) => new(
        user.FindFirstValue(PortalClaims.UserId) ?? "",
        user.FindFirstValue(PortalClaims.UserName) ?? "",
        user.FindFirstValue(PortalClaims.FullName) ?? user.FindFirstValue(PortalClaims.UserName) ?? "",
        int.TryParse(user.FindFirstValue(PortalClaims.Clearance), out var level) ? level : 0,
        user);

    public bool IsClerk => Principal.IsInRole(Roles.Clerk);

    public bool KeepsRegister => Principal.IsInRole(Roles.Clerk) || Principal.IsInRole(Roles.SecurityOfficer);

    public bool Covers(SecrecyLevel level) => level != SecrecyLevel.TuyetMat && Clearance >= (int)level;
}
