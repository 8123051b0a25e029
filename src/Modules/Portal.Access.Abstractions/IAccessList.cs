namespace Portal.Access;

/// <summary>The access lists of the tenant's resources; every change is audited in the caller's transaction.</summary>
public interface IAccessList
{
    Task AddAsync(AccessEntrySpec entry, CancellationToken cancellationToken = default);

    Task RemoveAsync(ResourceRef resource, string userId, AccessPosition position, CancellationToken cancellationToken = default);

    /// <summary>Moves every place the giver has on the resource's list to the receiver (a hand-over): each add and removal audited, alerted and announced.</summary>
    Task HandOverAsync(ResourceRef resource, string fromUserId, string toUserId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AccessEntrySpec>> MembersAsync(ResourceRef resource, CancellationToken cancellationToken = default);
}
