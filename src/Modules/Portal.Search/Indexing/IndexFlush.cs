using Portal.Core.Outbox;

namespace Portal.Search.Indexing;

/// <summary>One index commit for a whole outbox batch: the fsyncs of a commit are paid once, not per document.</summary>
internal sealed class IndexFlush(SearchIndexes indexes) : IOutboxFlush
{
    public string FeatureId => SearchFeature.Id;

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var index = await indexes.OpenAsync(cancellationToken);
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
