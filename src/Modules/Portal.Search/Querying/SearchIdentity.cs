using System.Globalization;
using System.Security.Claims;
using Portal.Core.Security;

namespace Portal.Search.Querying;

/// <summary>Who searches, as the session says: the user id the access lists name and the clearance.</summary>
public sealed record SearchIdentity(string UserId, int Clearance)
{
    public static SearchIdentity Of(ClaimsPrincipal user) => new(
        user.FindFirstValue(PortalClaims.UserId) ?? "",
        int.TryParse(user.FindFirstValue(PortalClaims.Clearance), NumberStyles.None, CultureInfo.InvariantCulture, out var level) ? level : 0);

    public bool MaySee(SearchableDocument document) =>
        UserId.Length > 0 && document.Level != Portal.Access.SecrecyLevel.TuyetMat && (int)document.Level <= Clearance
        && document.AccessList.Contains(UserId, StringComparer.Ordinal);
}
