namespace Portal.Departure;

/// <summary>
/// A module that owns secret documents or dossiers a person can be in charge of (DOMAIN.md §2.11): it lists what is in a
/// person's care and hands one item over to another person, in its own tables and on the access list, with its own
/// timeline and audit entry, in the caller's transaction. Departure has checked the receiver against the item's level
/// and <see cref="CustodyItem.ReceiverRoles"/>, and that the item is still in the giver's care.
/// </summary>
public interface ICustodyHolder
{
    /// <summary>What the person is in charge of now, in this module; no access check (the hand-over page shows no content).</summary>
    Task<IReadOnlyList<CustodyItem>> InCareOfAsync(string userId, CancellationToken cancellationToken);

    Task HandOverAsync(CustodyTransfer transfer, CancellationToken cancellationToken);
}
