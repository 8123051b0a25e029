using System.Globalization;
using System.Text;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// A search as the page's form, the query string and the API send it: the box, the field boxes, the year
/// and date ranges, the chosen facet values, the order and the page. Its query string is what a saved search keeps.
/// </summary>
public sealed class SearchRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public string? Q { get; set; }
    public string? Number { get; set; }
    public string? Subject { get; set; }
    public string? Sender { get; set; }
    public string? Type { get; set; }
    public string? Signer { get; set; }
    public int? YearFrom { get; set; }
    public int? YearTo { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Year { get; set; }
    public string? DocumentType { get; set; }
    public string? Agency { get; set; }
    public string? Level { get; set; }
    public string? Urgency { get; set; }
    public string? State { get; set; }
    /// <summary>A dossier's id: the search is narrowed to its contents (an <see cref="ISearchScope"/> named "dossier").</summary>
    public string? Dossier { get; set; }
    /// <summary>"relevance" (default) or "date" (newest first).</summary>
    public string? Sort { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = DefaultPageSize;

    public bool ByDate => string.Equals(Sort, "date", StringComparison.OrdinalIgnoreCase);

    public int SafePage => Math.Clamp(Page, 1, 10_000);

    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);

    /// <summary>How many words the box and the subject field hold.</summary>
    public int WordCount => new[] { Q, Subject }.Sum(t => t?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length ?? 0);

    /// <summary>The same search without the box and the subject field.</summary>
    public SearchRequest WithoutWords()
    {
        var copy = (SearchRequest)MemberwiseClone();
        copy.Q = null;
        copy.Subject = null;
        return copy;
    }

    internal IEnumerable<(string Field, string Text)> FieldTexts()
    {
        foreach (var (field, text) in new[]
                 {
                     (IndexFields.Number, Number), (IndexFields.Subject, Subject), (IndexFields.Sender, Sender),
                     (IndexFields.Type, Type), (IndexFields.Signer, Signer),
                 })
        {
            if (!string.IsNullOrWhiteSpace(text))
                yield return (field, field == IndexFields.Number ? "\"" + text.Trim().Replace("\"", "", StringComparison.Ordinal) + "\"" : text);
        }
    }

    internal IEnumerable<(string Field, string Value)> FacetFilters()
    {
        foreach (var (field, value) in new[]
                 {
                     (IndexFields.FacetYear, Year), (IndexFields.FacetType, DocumentType), (IndexFields.FacetSender, Agency),
                     (IndexFields.FacetLevel, Level), (IndexFields.FacetUrgency, Urgency), (IndexFields.FacetState, State),
                 })
        {
            if (!string.IsNullOrWhiteSpace(value))
                yield return (field, value.Trim());
        }
    }

    /// <summary>The request as a query string (without the page), for links, facets and saved searches.</summary>
    public string ToQueryString(int? page = null, string? without = null)
    {
        var parts = new StringBuilder();
        void Add(string name, string? value)
        {
            if (string.IsNullOrWhiteSpace(value) || name == without)
                return;
            parts.Append(parts.Length == 0 ? "?" : "&").Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }
        Add("q", Q);
        Add("number", Number);
        Add("subject", Subject);
        Add("sender", Sender);
        Add("type", Type);
        Add("signer", Signer);
        Add("yearFrom", YearFrom?.ToString(CultureInfo.InvariantCulture));
        Add("yearTo", YearTo?.ToString(CultureInfo.InvariantCulture));
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("year", Year);
        Add("documentType", DocumentType);
        Add("agency", Agency);
        Add("level", Level);
        Add("urgency", Urgency);
        Add("state", State);
        Add("dossier", Dossier);
        Add("sort", ByDate ? "date" : null);
        Add("page", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null);
        return parts.ToString();
    }
}
