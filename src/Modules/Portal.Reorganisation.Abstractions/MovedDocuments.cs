namespace Portal.Reorganisation;

/// <summary>
/// In the target's scope: where a source's documents of any kind now are, asked of the module that moved them (its
/// <see cref="IDocumentTransfer"/>), so a module referring to documents never reads another module's tables.
/// </summary>
public sealed class MovedDocuments(IEnumerable<TransferRoute> routes, IServiceProvider services)
{
    /// <summary>The target's id of each (kind, source id) that has moved; a document of a kind no transfer moves is absent.</summary>
    public async Task<IReadOnlyDictionary<(string Kind, int Id), int>> FindAsync(TransferWork work, IEnumerable<(string Kind, int Id)> documents,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<(string Kind, int Id), int>();
        foreach (var kind in documents.GroupBy(d => d.Kind))
        {
            if (routes.FirstOrDefault(r => r.Kind == kind.Key)?.Create(services) is not IDocumentTransfer transfer)
                continue;
            foreach (var (source, target) in await transfer.MovedAsync(work, kind.Select(d => d.Id).Distinct().ToList(), cancellationToken))
                found[(kind.Key, source)] = target;
        }
        return found;
    }
}
