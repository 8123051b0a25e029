using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Portal.Search.Indexing;

namespace Portal.Search.Analysis;

/// <summary>The analyzer of each field: exact fields keep the marks, "_f" fields fold them, keys are kept whole.</summary>
internal static class SearchAnalyzers
{
    public static readonly Analyzer Exact = new VietnameseAnalyzer(folded: false);
    public static readonly Analyzer Folded = new VietnameseAnalyzer(folded: true);

    public static readonly Analyzer PerField = new PerFieldAnalyzerWrapper(Exact, IndexFields.Text
        .Select(f => KeyValuePair.Create(IndexFields.FoldedOf(f), Folded))
        .ToDictionary(p => p.Key, p => p.Value));

    /// <summary>The words of a piece of text as a field's analyzer makes them.</summary>
    public static List<string> Words(Analyzer analyzer, string text)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream("w", VietnameseText.Normal(text));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            words.Add(term.ToString());
        stream.End();
        return words;
    }
}
