using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Portal.Search.Analysis;

namespace Portal.Search.Querying;

/// <summary>
/// The passage of a document's text with the most matched words, HTML-encoded, the words in &lt;mark&gt;.
/// Computed at query time from text decrypted for a user who may see the document; nothing is stored.
/// </summary>
internal static class Snippets
{
    private const int Window = 240;

    public static string Make(string text, IReadOnlyList<QueryClause> clauses)
    {
        var normal = VietnameseText.Normal(text);
        var wanted = Wanted(clauses);
        var matches = new List<(int Start, int End)>();
        if (wanted.Count > 0)
        {
            using var stream = SearchAnalyzers.Exact.GetTokenStream("body", normal);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (wanted.Any(w => w.Matches(term.ToString())))
                    matches.Add((offset.StartOffset, offset.EndOffset));
            }
            stream.End();
        }
        var start = BestStart(matches, normal.Length);
        var end = Math.Min(normal.Length, start + Window);
        var html = new StringBuilder();
        if (start > 0)
            html.Append('…');
        var position = start;
        foreach (var (from, to) in matches.Where(m => m.Start >= start && m.End <= end))
        {
            html.Append(Encode(normal[position..from])).Append("<mark>")
                .Append(Encode(normal[from..to])).Append("</mark>");
            position = to;
        }
        html.Append(Encode(normal[position..end]));
        if (end < normal.Length)
            html.Append('…');
        return html.ToString().Replace('\n', ' ');
    }

    /// <summary>Only the five characters HTML gives meaning to; Vietnamese letters stay as they are, readable in the JSON too.</summary>
    private static string Encode(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    private static int BestStart(List<(int Start, int End)> matches, int length)
    {
        if (matches.Count == 0)
            return 0;
        var best = matches[0].Start;
        var bestCount = 0;
        foreach (var (start, _) in matches)
        {
            var count = matches.Count(m => m.Start >= start && m.End <= start + Window);
            if (count > bestCount)
                (best, bestCount) = (start, count);
        }
        return Math.Max(0, Math.Min(best - 40, length - Window));
    }

    private static List<WantedWord> Wanted(IReadOnlyList<QueryClause> clauses)
    {
        var words = new List<WantedWord>();
        foreach (var clause in clauses.Where(c => !c.Excluded && c.Kind is ClauseKind.Word or ClauseKind.Phrase or ClauseKind.Prefix))
        {
            foreach (var word in SearchAnalyzers.Words(SearchAnalyzers.Exact, clause.Text))
                words.Add(new WantedWord(word, clause.Kind == ClauseKind.Prefix));
        }
        return words;
    }

    private sealed record WantedWord(string Word, bool Prefix)
    {
        private readonly bool _marked = VietnameseText.HasMarks(Word);
        private readonly string _folded = VietnameseText.Fold(Word);

        public bool Matches(string token)
        {
            var candidate = _marked ? token : VietnameseText.Fold(token);
            var word = _marked ? Word : _folded;
            return Prefix ? candidate.StartsWith(word, StringComparison.Ordinal) : candidate == word;
        }
    }
}
