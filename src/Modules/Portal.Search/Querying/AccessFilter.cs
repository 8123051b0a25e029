using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Access;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// The access rule as a mandatory part of every query: the user is on the document's access list AND the
/// user's clearance covers its level (Tuyệt mật never). Everything computed from the query — results,
/// total, facets, suggestions — therefore only ever sees what the user may see.
/// </summary>
internal static class AccessFilter
{
    /// <summary>
    /// The rule as a filter kept per user on the index: each segment's set of visible documents is computed
    /// once and reused until the segment goes (a changed document lands in a new segment and is deleted from
    /// its old one, whose deletions the filter still applies), so the rule costs about what no rule costs.
    /// </summary>
    public static Filter Cached(TenantIndex index, SearchIdentity identity) =>
        index.Filter($"access|{identity.UserId}|{identity.Clearance}", () => new CachingWrapperFilter(new QueryWrapperFilter(For(identity))));

    public static Query For(SearchIdentity identity)
    {
        var highest = Math.Min(identity.Clearance, (int)SecrecyLevel.ToiMat);
        var levels = new BooleanQuery(disableCoord: true);
        for (var level = (int)SecrecyLevel.Declassified; level <= highest; level++)
            levels.Add(new TermQuery(new Term(IndexFields.Level, level.ToString(CultureInfo.InvariantCulture))), Occur.SHOULD);
        var rule = new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(new Term(IndexFields.AccessList, identity.UserId)), Occur.MUST },
            { levels, Occur.MUST },
        };
        return rule;
    }
}
