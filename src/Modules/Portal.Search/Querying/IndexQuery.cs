using Lucene.Net.Search;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// Runs a query once over the index: the top hits in the requested order (score, then newest, then key —
/// every tie broken by the document itself) and the facet counts of every match, in the same pass.
/// </summary>
internal static class IndexQuery
{
    public const int FacetValues = 20;

    private static readonly Sort ByRelevance = new(SortField.FIELD_SCORE, new SortField(IndexFields.Date, SortFieldType.INT64, true),
        new SortField(IndexFields.Key, SortFieldType.STRING));

    private static readonly Sort ByDate = new(new SortField(IndexFields.Date, SortFieldType.INT64, true),
        new SortField(IndexFields.Key, SortFieldType.STRING));

    public static IndexAnswer Run(IndexSearcher searcher, Query query, bool byDate, int skip, int take, bool facets)
    {
        var top = TopFieldCollector.Create(byDate ? ByDate : ByRelevance, Math.Max(1, skip + take), fillFields: false,
            trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var counter = facets ? new FacetCollector() : null;
        searcher.Search(query, counter is null ? top : MultiCollector.Wrap(top, counter));
        var docs = top.GetTopDocs(skip, take);
        var keys = docs.ScoreDocs.Select(d => (searcher.Doc(d.Doc).Get(IndexFields.Key), d.Score)).ToList();
        return new IndexAnswer(top.TotalHits, keys, counter?.Counts(FacetValues) ?? new Dictionary<string, IReadOnlyList<FacetValue>>());
    }

    /// <summary>The user's query restricted by the access rule: both must hold, and the rule adds nothing to the score.</summary>
    public static Query Restricted(Query query, Filter access) => new FilteredQuery(query, access);
}
