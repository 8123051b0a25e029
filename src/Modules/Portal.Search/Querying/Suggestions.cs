using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Portal.Search.Analysis;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// Words of the subjects that complete what is being typed, ranked by how many documents the user may
/// see carry them: every term is weighed against the visible set only, so a word that occurs only in
/// documents the user may not see is never suggested, and the order is that of an index without them.
/// </summary>
internal static class Suggestions
{
    public const int Limit = 8;

    public static IReadOnlyList<string> Of(IndexSearcher searcher, Filter visible, string typed)
    {
        var words = SearchAnalyzers.Words(SearchAnalyzers.Exact, typed);
        if (words.Count == 0 || words[^1].Length < 2)
            return [];
        var prefix = words[^1];
        var marked = VietnameseText.HasMarks(prefix);
        var folded = VietnameseText.Fold(prefix);
        var reader = searcher.IndexReader;
        var allowed = new FixedBitSet(reader.MaxDoc);
        searcher.Search(new MatchAllDocsQuery(), visible, new BitsCollector(allowed));
        if (allowed.Cardinality == 0)
            return [];
        var terms = MultiFields.GetTerms(reader, IndexFields.Subject);
        if (terms is null)
            return [];
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var found = new List<(string Word, int Count)>();
        var iterator = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (iterator.MoveNext())
        {
            var word = iterator.Term.Utf8ToString();
            var matches = marked ? word.StartsWith(prefix, StringComparison.Ordinal) : VietnameseText.Fold(word).StartsWith(folded, StringComparison.Ordinal);
            if (!matches || word == prefix)
                continue;
            docs = iterator.Docs(liveDocs, docs, DocsFlags.NONE);
            var count = 0;
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                count += allowed.Get(doc) ? 1 : 0;
            if (count > 0)
                found.Add((word, count));
        }
        var stem = string.Join(' ', words.SkipLast(1));
        return found.OrderByDescending(f => f.Count).ThenBy(f => f.Word, StringComparer.Ordinal).Take(Limit)
            .Select(f => (stem + " " + f.Word).Trim()).ToList();
    }

    private sealed class BitsCollector(FixedBitSet bits) : ICollector
    {
        private int _base;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

        public void Collect(int doc) => bits.Set(_base + doc);
    }
}
