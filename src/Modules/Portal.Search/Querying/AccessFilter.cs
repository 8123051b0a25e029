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
        return QueryBuilder.Filter(rule);
    }
}
