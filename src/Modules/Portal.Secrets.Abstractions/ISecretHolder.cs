using System.Security.Claims;
using Portal.Access;

namespace Portal.Secrets;

/// <summary>
/// A module that owns secret documents of one kind (incoming, outgoing) and lets the register read them and
/// carry out a decision on their level. The level stays the owner's: it changes it in its own tables, records
/// it on the document's timeline and re-indexes it, in the caller's transaction.
/// </summary>
public interface ISecretHolder
{
    /// <summary>The access-check kind of the documents held ("incoming", "outgoing").</summary>
    string Kind { get; }

    /// <summary>The document's facts for the register, or null when there is none (or, outgoing, not issued yet). No access check.</summary>
    Task<HeldSecret?> FindAsync(int id, CancellationToken cancellationToken);

    /// <summary>Sets the document's level (a downgrade, or <see cref="SecrecyLevel.Declassified"/>) by the decider, with the decision as a note.</summary>
    Task ChangeLevelAsync(ClaimsPrincipal decider, int id, SecrecyLevel level, string note, CancellationToken cancellationToken);
}
