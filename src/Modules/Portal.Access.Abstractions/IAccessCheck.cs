using System.Security.Claims;

namespace Portal.Access;

/// <summary>
/// The one decision every path makes: a resource exists for a user only if the user's clearance
/// covers its classification AND the user is on its access list, in the user's own tenant. A
/// resource that does not exist for the user is indistinguishable from one that does not exist at all.
/// Every decision on a secret resource is audited.
/// </summary>
public interface IAccessCheck
{
    Task<bool> CanSeeAsync(ClaimsPrincipal user, ResourceRef resource, CancellationToken cancellationToken = default);

    /// <summary>
    /// The same decision for many resources at once, for a count that shows nothing of them (the notification bell):
    /// one access-list query and no audit entry, as nothing is read. Whatever then shows a resource asks
    /// <see cref="CanSeeAsync"/>, which is audited.
    /// </summary>
    Task<IReadOnlySet<ResourceRef>> VisibleAsync(ClaimsPrincipal user, IReadOnlyCollection<ResourceRef> resources,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The decision for an operation: a copy leaving the system (download, print, export) of a Tối mật
    /// resource also needs a fresh second factor, which no API token has.
    /// </summary>
    Task<AccessDecision> DecideAsync(ClaimsPrincipal user, ResourceRef resource, ResourceOperation operation,
        CancellationToken cancellationToken = default);
}
