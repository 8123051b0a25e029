namespace Portal.Access;

/// <summary>The access lists of the tenant's resources; every change is audited in the caller's transaction.</summary>
public interface IAccessList
{
    Task AddAsync(AccessEntrySpec entry, CancellationToken cancellationToken = default);

    Task RemoveAsync(ResourceRef resource, string userId, AccessPosition position, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AccessEntrySpec>> MembersAsync(ResourceRef resource, CancellationToken cancellationToken = default);
}
