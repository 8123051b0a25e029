using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>Counts the facet values of every document the query matched (the access filter included), segment by segment.</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int>[] _totals = IndexFields.Facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private SortedDocValues?[] _values = [];
    private int[][] _counts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _values = IndexFields.Facets.Select(f => context.AtomicReader.GetSortedDocValues(f)).ToArray();
        _counts = _values.Select(v => new int[v?.ValueCount ?? 0]).ToArray();
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            var ord = _values[i]?.GetOrd(doc) ?? -1;
            if (ord >= 0)
                _counts[i][ord]++;
        }
    }

    /// <summary>Counts per facet field, most frequent first (years newest first), at most <paramref name="limit"/> values each.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Counts(int limit)
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        for (var i = 0; i < IndexFields.Facets.Count; i++)
        {
            var values = _totals[i].Select(p => new FacetValue(p.Key, p.Value));
            values = IndexFields.Facets[i] == IndexFields.FacetYear
                ? values.OrderByDescending(v => v.Value, StringComparer.Ordinal)
                : values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal);
            result[IndexFields.Facets[i]] = values.Take(limit).ToList();
        }
        return result;
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var i = 0; i < _values.Length; i++)
        {
            var values = _values[i];
            if (values is null)
                continue;
            for (var ord = 0; ord < _counts[i].Length; ord++)
            {
                if (_counts[i][ord] == 0)
                    continue;
                values.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                _totals[i][key] = _totals[i].GetValueOrDefault(key) + _counts[i][ord];
            }
        }
        _values = [];
        _counts = [];
    }
}
