using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Analysis;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// Turns clauses into a Lucene query whose score uses nothing but the document's own matches: every leaf
/// is constant-score (no term frequency, no corpus-wide IDF, no length norm), so a document scores the same
/// whatever else is in the index, and the order of results reveals nothing about documents one may not see.
/// A word with marks matches only that spelling; a word without marks matches every spelling, with the
/// unmarked spelling itself worth more; a match in the subject is worth more than one elsewhere.
/// </summary>
internal static class QueryBuilder
{
    private const float ExactWeight = 2f;
    private const float FoldedWeight = 1f;
    private const float SubjectWeight = 1f;
    private const int MinimumPrefix = 2;

    public static Query Build(IReadOnlyList<QueryClause> clauses, SearchRequest request)
    {
        var query = new BooleanQuery(disableCoord: true);
        var positive = false;
        foreach (var clause in clauses)
        {
            var built = Clause(clause);
            if (built is null)
                continue;
            query.Add(built, clause.Excluded ? Occur.MUST_NOT : Occur.MUST);
            positive |= !clause.Excluded;
        }
        foreach (var (field, text) in request.FieldTexts())
        {
            foreach (var clause in QueryText.Parse(text))
            {
                if (Clause(clause with { Field = field }) is { } built)
                {
                    query.Add(built, Occur.MUST);
                    positive = true;
                }
            }
        }
        if (request.YearFrom is not null || request.YearTo is not null)
            query.Add(Filter(NumericRangeQuery.NewInt32Range(IndexFields.Year, request.YearFrom, request.YearTo, true, true)), Occur.MUST);
        if (request.From is not null || request.To is not null)
            query.Add(Filter(NumericRangeQuery.NewInt32Range(IndexFields.Date,
                request.From is { } from ? DocumentMapper.DateNumber(from) : null,
                request.To is { } to ? DocumentMapper.DateNumber(to) : null, true, true)), Occur.MUST);
        foreach (var (field, value) in request.FacetFilters())
            query.Add(Filter(new TermQuery(new Term(field, VietnameseText.Normal(value)))), Occur.MUST);
        if (!positive)
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        return query;
    }

    /// <summary>A condition that selects without scoring.</summary>
    public static Query Filter(Query query) => new ConstantScoreQuery(query) { Boost = 0f };

    private static Query? Clause(QueryClause clause) => clause.Kind switch
    {
        ClauseKind.YearRange => YearRange(clause.Text),
        ClauseKind.DateRange => DateRange(clause.Text),
        ClauseKind.Prefix => Prefix(clause.Field, clause.Text),
        ClauseKind.Phrase => Words(clause.Field, clause.Text, phrase: true),
        _ => Words(clause.Field, clause.Text, phrase: false),
    };

    private static Query? Words(string field, string text, bool phrase)
    {
        var exact = SearchAnalyzers.Words(SearchAnalyzers.Exact, text);
        if (exact.Count == 0)
            return null;
        var match = exact.Count == 1 && !phrase ? Word(field, exact[0]) : Phrase(field, exact);
        if (field == IndexFields.Number || (field == IndexFields.All && exact.Count > 1 && !phrase))
        {
            // A document number typed whole ("11863/VPCP-KSTT") is also its key; its parts are a phrase.
            var either = new BooleanQuery(disableCoord: true)
            {
                { match, Occur.SHOULD },
                { Constant(new TermQuery(new Term(IndexFields.NumberKey, DocumentMapper.NumberKey(text))), ExactWeight), Occur.SHOULD },
            };
            match = either;
        }
        return field == IndexFields.All ? WithSubjectBonus(match, exact, phrase) : match;
    }

    private static Query Word(string field, string word)
    {
        var exact = Constant(new TermQuery(new Term(field, word)), ExactWeight + FoldedWeight);
        if (VietnameseText.HasMarks(word))
            return exact;
        return new BooleanQuery(disableCoord: true)
        {
            { Constant(new TermQuery(new Term(IndexFields.FoldedOf(field), VietnameseText.Fold(word))), FoldedWeight), Occur.SHOULD },
            { Constant(new TermQuery(new Term(field, word)), ExactWeight), Occur.SHOULD },
        };
    }

    private static Query Phrase(string field, IReadOnlyList<string> words)
    {
        var marked = words.Any(VietnameseText.HasMarks);
        if (marked)
            return Constant(PhraseOf(field, words), ExactWeight + FoldedWeight);
        return new BooleanQuery(disableCoord: true)
        {
            { Constant(PhraseOf(IndexFields.FoldedOf(field), words.Select(VietnameseText.Fold).ToList()), FoldedWeight), Occur.SHOULD },
            { Constant(PhraseOf(field, words), ExactWeight), Occur.SHOULD },
        };
    }

    private static PhraseQuery PhraseOf(string field, IReadOnlyList<string> words)
    {
        var phrase = new PhraseQuery();
        foreach (var word in words)
            phrase.Add(new Term(field, word));
        return phrase;
    }

    private static Query WithSubjectBonus(Query match, IReadOnlyList<string> words, bool phrase)
    {
        var subject = words.Count == 1 && !phrase ? Word(IndexFields.Subject, words[0]) : Phrase(IndexFields.Subject, words);
        return new BooleanQuery(disableCoord: true)
        {
            { match, Occur.MUST },
            { Constant(subject, SubjectWeight), Occur.SHOULD },
        };
    }

    private static Query? Prefix(string field, string text)
    {
        var words = SearchAnalyzers.Words(SearchAnalyzers.Exact, text);
        if (words.Count != 1 || words[0].Length < MinimumPrefix)
            return words.Count == 0 ? null : Words(field, text, phrase: false);
        var word = words[0];
        var prefix = VietnameseText.HasMarks(word)
            ? new PrefixQuery(new Term(field, word))
            : new PrefixQuery(new Term(IndexFields.FoldedOf(field), VietnameseText.Fold(word)));
        return Constant(prefix, FoldedWeight);
    }

    private static Query? YearRange(string text)
    {
        var (from, to) = Range(text);
        var low = int.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : (int?)null;
        var high = int.TryParse(to, NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b : (int?)null;
        return low is null && high is null ? null : Filter(NumericRangeQuery.NewInt32Range(IndexFields.Year, low, high, true, true));
    }

    private static Query? DateRange(string text)
    {
        var (from, to) = Range(text);
        int? low = DateOnly.TryParse(from, CultureInfo.InvariantCulture, out var a) ? DocumentMapper.DateNumber(a) : null;
        int? high = DateOnly.TryParse(to, CultureInfo.InvariantCulture, out var b) ? DocumentMapper.DateNumber(b) : null;
        return low is null && high is null ? null : Filter(NumericRangeQuery.NewInt32Range(IndexFields.Date, low, high, true, true));
    }

    /// <summary>"2020..2024", "2024" (one value), "2020.." or "..2024".</summary>
    private static (string From, string To) Range(string text)
    {
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        return dots < 0 ? (text, text) : (text[..dots], text[(dots + 2)..]);
    }

    private static Query Constant(Query query, float weight) => new ConstantScoreQuery(query) { Boost = weight };
}
