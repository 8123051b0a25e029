using System.Text;
using Portal.Search.Analysis;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// Reads the search box: words, "phrases", prefix*, -exclusions and fields in the field's words
/// (số:, trích_yếu:, cơ_quan:, loại:, người_ký:, năm:2024 or năm:2020..2024, ngày:2025-01-01..2025-03-31),
/// with or without marks. Anything else is plain text: the box never fails on what a person types.
/// </summary>
internal static class QueryText
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["so"] = IndexFields.Number, ["sokyhieu"] = IndexFields.Number,
        ["trichyeu"] = IndexFields.Subject,
        ["coquan"] = IndexFields.Sender, ["noigui"] = IndexFields.Sender,
        ["loai"] = IndexFields.Type,
        ["nguoiky"] = IndexFields.Signer,
        ["noidung"] = IndexFields.Body,
        ["nam"] = IndexFields.Year,
        ["ngay"] = IndexFields.Date,
    };

    public static List<QueryClause> Parse(string? text)
    {
        var clauses = new List<QueryClause>();
        foreach (var (raw, quoted) in Split(VietnameseText.Normal(text ?? "")))
        {
            var part = raw;
            var excluded = !quoted && part.StartsWith('-') && part.Length > 1;
            if (excluded)
                part = part[1..];
            var field = IndexFields.All;
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && Fields.TryGetValue(FieldName(part[..colon]), out var named))
            {
                field = named;
                part = part[(colon + 1)..];
            }
            var phrase = part.Length > 1 && part.StartsWith('"');
            part = part.Trim('"');
            if (part.Length == 0)
                continue;
            var clause = field switch
            {
                IndexFields.Year => new QueryClause(field, part, ClauseKind.YearRange, excluded),
                IndexFields.Date => new QueryClause(field, part, ClauseKind.DateRange, excluded),
                _ when quoted || phrase => new QueryClause(field, part, ClauseKind.Phrase, excluded),
                _ when part.EndsWith('*') => new QueryClause(field, part.TrimEnd('*'), ClauseKind.Prefix, excluded),
                _ => new QueryClause(field, part, ClauseKind.Word, excluded),
            };
            clauses.Add(clause);
        }
        return clauses;
    }

    private static string FieldName(string name) =>
        string.Concat(VietnameseText.Fold(name).Where(char.IsLetter));

    /// <summary>Splits on spaces outside quotes; a quoted run (also after "field:") is one part.</summary>
    private static IEnumerable<(string Part, bool Quoted)> Split(string text)
    {
        var current = new StringBuilder();
        var inQuotes = false;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
                quoted |= current.Length == 0;
                current.Append(c);
                continue;
            }
            if (char.IsWhiteSpace(c) && !inQuotes)
            {
                if (current.Length > 0)
                    yield return (current.ToString(), quoted);
                current.Clear();
                quoted = false;
                continue;
            }
            current.Append(c);
        }
        if (current.Length > 0)
            yield return (current.ToString(), quoted);
    }
}
