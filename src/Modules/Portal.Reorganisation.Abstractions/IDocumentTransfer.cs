namespace Portal.Reorganisation;

/// <summary>
/// A transfer of documents that other modules file or register by their kind and id (dossiers, the register of state
/// secrets): it tells, in the target's scope, which ids the source's documents were given there.
/// </summary>
public interface IDocumentTransfer : ITenantTransfer
{
    /// <summary>The target's ids of those of the source's documents <paramref name="sourceIds"/> that have moved, by source id.</summary>
    Task<IReadOnlyDictionary<int, int>> MovedAsync(TransferWork work, IReadOnlyCollection<int> sourceIds, CancellationToken cancellationToken);
}
