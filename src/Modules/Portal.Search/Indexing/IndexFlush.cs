using Portal.Core.Outbox;
using Portal.Core.Tenancy;

namespace Portal.Search.Indexing;

/// <summary>One index commit for a whole outbox batch: the fsyncs of a commit are paid once, not per document.</summary>
internal sealed class IndexFlush(ITenantAccessor tenants) : IOutboxFlush
{
    public string FeatureId => SearchFeature.Id;

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        // A batch that wrote nothing to the index (exchange messages only) must not open it, let alone rebuild it.
        if (SearchIndexes.Slot(tenants.Required).IfOpen is not { } index)
            return;
        await index.WriteLock.WaitAsync(cancellationToken);
        try
        {
            if (index.Writer.HasUncommittedChanges())
                index.Commit();
        }
        finally
        {
            index.WriteLock.Release();
        }
    }
}
