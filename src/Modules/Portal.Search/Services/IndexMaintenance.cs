using Portal.Audit;
using Portal.Search.Indexing;

namespace Portal.Search.Services;

/// <summary>A full rebuild of the current tenant's index from its database, recorded in the audit trail.</summary>
internal sealed class IndexMaintenance(SearchIndexes indexes, IndexBuilder builder, IAuditTrail audit)
{
    public async Task<int> RebuildAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var index = await indexes.OpenAsync(cancellationToken);
        var count = await builder.RebuildAsync(index, onlyIfNeeded: false, progress, cancellationToken);
        await audit.RecordAsync(new AuditRecord(SearchAuditActions.Rebuilt, AuditOutcome.Succeeded, "search", null,
            $"{count} văn bản", UserName: "cli"), cancellationToken);
        return count;
    }
}
