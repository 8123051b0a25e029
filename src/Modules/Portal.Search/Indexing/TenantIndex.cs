using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Portal.Search.Analysis;

namespace Portal.Search.Indexing;

/// <summary>
/// A tenant's open index: one writer, and searchers that see what the writer committed. An index that is
/// missing, unreadable, or was left half-built (no completion mark on its last commit) opens empty and
/// says it needs a rebuild from the database.
/// </summary>
public sealed class TenantIndex : IDisposable
{
    private readonly FSDirectory _directory;
    private readonly SearcherManager _searchers;
    private readonly ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    private TenantIndex(FSDirectory directory, IndexWriter writer, bool needsRebuild)
    {
        _directory = directory;
        Writer = writer;
        NeedsRebuild = needsRebuild;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    public IndexWriter Writer { get; }

    /// <summary>Held while writing: one change (or one rebuild) at a time, committed before the next.</summary>
    public SemaphoreSlim WriteLock { get; } = new(1, 1);

    public bool NeedsRebuild { get; private set; }

    /// <summary>
    /// A document was removed since the last commit: its terms stay in its segment, marked deleted, until that segment is
    /// merged; the next commit merges them away first, so an erased document's words leave the index's files.
    /// </summary>
    public bool DeletionsToMerge { get; set; }

    public static TenantIndex Open(string folder)
    {
        var complete = IsComplete(folder);
        if (!complete && System.IO.Directory.Exists(folder))
            System.IO.Directory.Delete(folder, recursive: true);
        System.IO.Directory.CreateDirectory(folder);
        var directory = FSDirectory.Open(new DirectoryInfo(folder));
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, SearchAnalyzers.PerField)
        {
            OpenMode = complete ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE,
            RAMBufferSizeMB = 48,
            // Every segment holding a deleted document is merged by ForceMergeDeletes, however few it deletes (default: 10 %).
            MergePolicy = new TieredMergePolicy { ForceMergeDeletesPctAllowed = 0 },
        };
        var writer = new IndexWriter(directory, config);
        if (!complete)
            writer.Commit();
        return new TenantIndex(directory, writer, !complete);
    }

    /// <summary>Commits what was written (marked complete unless a rebuild is due) and lets new searches see it.</summary>
    public void Commit(bool rebuilt = false)
    {
        if (rebuilt)
            NeedsRebuild = false;
        if (!NeedsRebuild)
            Writer.SetCommitData(new Dictionary<string, string> { [IndexFields.CompleteMarker] = "1" });
        if (DeletionsToMerge)
            Writer.ForceMergeDeletes(doWait: true);
        Writer.Commit();
        DeletionsToMerge = false;
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>A filter kept with the index (its per-segment sets are reused); at most <see cref="MaxFilters"/>, then started afresh.</summary>
    public Filter Filter(string key, Func<Filter> create)
    {
        if (_filters.Count >= MaxFilters)
            _filters.Clear();
        return _filters.GetOrAdd(key, _ => create());
    }

    public const int MaxFilters = 500;

    public IndexSearcher Acquire() => _searchers.Acquire();

    public void Release(IndexSearcher searcher) => _searchers.Release(searcher);

    public void Dispose()
    {
        _searchers.Dispose();
        Writer.Dispose();
        _directory.Dispose();
        WriteLock.Dispose();
    }

    private static bool IsComplete(string folder)
    {
        if (!System.IO.Directory.Exists(folder))
            return false;
        try
        {
            using var directory = FSDirectory.Open(new DirectoryInfo(folder));
            if (!DirectoryReader.IndexExists(directory))
                return false;
            using var reader = DirectoryReader.Open(directory);
            return reader.IndexCommit.UserData.ContainsKey(IndexFields.CompleteMarker);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
                                      or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
