using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// The documents of a set by their keys, looked up term by term in each segment: a dossier of thousands of documents
/// would pass the limit of clauses a boolean query may hold.
/// </summary>
internal sealed class KeyFilter(IEnumerable<string> keys) : Filter
{
    private readonly BytesRef[] _keys = [.. keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(k => new BytesRef(k))];

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var terms = context.AtomicReader.GetTerms(IndexFields.Key);
        if (terms is null)
            return null;
        var found = new FixedBitSet(context.AtomicReader.MaxDoc);
        var iterator = terms.GetEnumerator();
        DocsEnum? docs = null;
        foreach (var key in _keys)
        {
            if (!iterator.SeekExact(key))
                continue;
            docs = iterator.Docs(acceptDocs, docs, DocsFlags.NONE);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                found.Set(doc);
        }
        return found;
    }
}
