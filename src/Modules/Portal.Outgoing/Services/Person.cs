using System.Security.Claims;
using Portal.Access;
using Portal.Core.Security;

namespace Portal.Outgoing.Services;

/// <summary>The signed-in person acting on outgoing documents, as the session's claims say.</summary>
public sealed record Person(string UserId, string FullName, int Clearance, ClaimsPrincipal Principal)
{
    public static Person Of(ClaimsPrincipal user) => new(
        user.FindFirstValue(PortalClaims.UserId) ?? "",
        user.FindFirstValue(PortalClaims.FullName) ?? user.FindFirstValue(PortalClaims.UserName) ?? "",
        int.TryParse(user.FindFirstValue(PortalClaims.Clearance), out var level) ? level : 0,
        user);

    public bool Covers(SecrecyLevel level) => level is SecrecyLevel.Mat or SecrecyLevel.ToiMat && Clearance >= (int)level;
}
