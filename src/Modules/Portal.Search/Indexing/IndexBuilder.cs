using Portal.Core.Tenancy;

namespace Portal.Search.Indexing;

/// <summary>
/// Writes the index from the modules' documents: one document after a change, or all of them in a
/// rebuild. The database is the source of truth; the index is always derived from it.
/// </summary>
public sealed class IndexBuilder(IEnumerable<ISearchSource> sources, ITenantAccessor tenants)
{
    public const int ProgressStep = 1000;

    public async Task<int> RebuildAsync(TenantIndex index, bool onlyIfNeeded, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await index.WriteLock.WaitAsync(cancellationToken);
        try
        {
            if (onlyIfNeeded && !index.NeedsRebuild)
                return 0;
            // A batch's updates not yet flushed are committed first: a rebuild that fails rolls back to the last commit.
            if (index.Writer.HasUncommittedChanges())
                index.Commit();
            index.Writer.DeleteAll();
            var count = 0;
            foreach (var source in Sources())
            {
                var ids = new List<string>();
                await foreach (var id in source.IdsAsync(cancellationToken))
                    ids.Add(id);
                foreach (var id in ids)
                {
                    var document = await source.FindAsync(id, cancellationToken);
                    if (document is null)
                        continue;
                    index.Writer.AddDocument(DocumentMapper.Map(document, await source.TextAsync(id, cancellationToken)));
                    if (++count % ProgressStep == 0)
                        progress?.Report(count);
                }
            }
            index.Commit(rebuilt: true);
            progress?.Report(count);
            return count;
        }
        catch
        {
            // The deletions and additions so far are uncommitted: dropping them leaves the last commit.
            index.Writer.Rollback();
            throw;
        }
        finally
        {
            index.WriteLock.Release();
            if (index.Writer.IsClosed)
                SearchIndexes.Slot(tenants.Required).Reset();
        }
    }

    /// <summary>
    /// Brings one document's entry up to date: written again, or removed when it no longer exists. Left
    /// uncommitted: the outbox batch commits all its documents at once (<see cref="IndexFlush"/>).
    /// </summary>
    public async Task UpdateAsync(TenantIndex index, string kind, string id, CancellationToken cancellationToken)
    {
        var source = Sources().FirstOrDefault(s => s.Kind == kind);
        if (source is null)
            return;
        var document = await source.FindAsync(id, cancellationToken);
        var text = document is null ? "" : await source.TextAsync(id, cancellationToken);
        await index.WriteLock.WaitAsync(cancellationToken);
        try
        {
            var key = new Lucene.Net.Index.Term(IndexFields.Key, DocumentMapper.Key(kind, id));
            if (document is null)
            {
                index.Writer.DeleteDocuments(key);
                index.DeletionsToMerge = true;
            }
            else
                index.Writer.UpdateDocument(key, DocumentMapper.Map(document, text));
        }
        finally
        {
            index.WriteLock.Release();
        }
    }

    /// <summary>The sources of the current tenant's features: what the index holds when it is whole.</summary>
    public IEnumerable<ISearchSource> Sources() => sources.Where(s => tenants.Required.HasFeature(s.FeatureId));
}
