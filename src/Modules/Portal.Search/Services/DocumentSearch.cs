using System.Diagnostics;
using System.Security.Claims;
using Lucene.Net.Search;
using Portal.Audit;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Search.Services;

/// <summary>
/// A user's search: the access rule is inside the query, so the total, the facets and the order are
/// computed over what the user may see only. The page's documents are then read from their modules (the
/// source of truth) and their snippets made from text decrypted now; a document the module says the user
/// may no longer see (an index a moment behind a change) is left out of the page and shows nothing.
/// Every search is recorded in the audit trail with the documents shown. Searches and suggestions answer
/// no sooner than the <see cref="AnswerFloor"/>, so an empty answer's time says nothing about forbidden documents.
/// A search narrowed to a dossier asks the dossier's module for its contents (after its own access check) and keeps the
/// access rule inside them; a dossier the reader may not see narrows it to nothing, as one that does not exist.
/// </summary>
public sealed class DocumentSearch(SearchIndexes indexes, IEnumerable<ISearchSource> sources, IEnumerable<ISearchScope> scopes, IAuditTrail audit,
    AnswerFloor floor)
{
    public const int MaxExportRows = 5000;

    private static readonly SearchScopeContents Nothing = new("", []);

    public async Task<SearchResult> SearchAsync(ClaimsPrincipal user, SearchRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var identity = SearchIdentity.Of(user);
        var size = request.SafePageSize;
        var page = request.SafePage;
        var within = await WithinAsync(user, request, cancellationToken);
        var answer = await RunAsync(identity, request, within, (page - 1) * size, size, facets: true, cancellationToken);
        var clauses = Clauses(request);
        var hits = new List<SearchHit>();
        foreach (var (key, score) in answer.Keys)
        {
            var (source, document) = await FindAsync(key, cancellationToken);
            if (source is null || document is null || !identity.MaySee(document))
                continue;
            var snippet = Snippets.Make(await source.TextAsync(document.Id, cancellationToken), clauses);
            hits.Add(Hit(source, document, snippet, score));
        }
        var facets = FacetNames.All.Select(f => new Facet(f.Name, f.Title, answer.Facets.GetValueOrDefault(f.Field) ?? [])).ToList();
        await audit.RecordAsync(new AuditRecord(SearchAuditActions.Searched, AuditOutcome.Succeeded, "search", null,
            Limit($"{Audited(request)}: {answer.Total} kết quả; trang {page}: {string.Join(", ", hits.Select(h => h.Kind + " " + h.Id))}")),
            cancellationToken);
        await floor.HoldAsync(started, cancellationToken);
        return new SearchResult(answer.Total, page, size, hits, facets, within?.Title is { Length: > 0 } title ? title : null);
    }

    public async Task<IReadOnlyList<string>> SuggestAsync(SearchIdentity identity, string typed, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var index = await indexes.OpenAsync(cancellationToken);
        var searcher = index.Acquire();
        IReadOnlyList<string> suggestions;
        try
        {
            suggestions = Suggestions.Of(searcher, AccessFilter.Cached(index, identity), typed);
        }
        finally
        {
            index.Release(searcher);
        }
        await floor.HoldAsync(started, cancellationToken);
        return suggestions;
    }

    /// <summary>Every result (up to <see cref="MaxExportRows"/>) in the page's order, read from the modules and checked again.</summary>
    public async IAsyncEnumerable<SearchableDocument> AllAsync(ClaimsPrincipal user, SearchRequest request,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var identity = SearchIdentity.Of(user);
        var answer = await RunAsync(identity, request, await WithinAsync(user, request, cancellationToken), 0, MaxExportRows, facets: false,
            cancellationToken);
        foreach (var (key, _) in answer.Keys)
        {
            var (_, document) = await FindAsync(key, cancellationToken);
            if (document is not null && identity.MaySee(document))
                yield return document;
        }
    }

    public static string Describe(SearchRequest request) =>
        "Tra cứu " + (string.IsNullOrWhiteSpace(request.Q) ? "" : $"\"{request.Q.Trim()}\" ") + request.ToQueryString();

    /// <summary>
    /// The search as the audit trail keeps it: the words typed in the box and the subject field may be a secret's own text,
    /// which its destruction must erase and the append-only trail cannot, so only their count is kept, beside the other fields.
    /// </summary>
    public static string Audited(SearchRequest request) =>
        $"Tra cứu ({request.WordCount} từ tìm trong nội dung và trích yếu) {request.WithoutWords().ToQueryString()}".TrimEnd();

    /// <summary>The dossier the request is narrowed to: its contents when the reader may see it, none (an empty set) when not; null when not narrowed.</summary>
    private async Task<SearchScopeContents?> WithinAsync(ClaimsPrincipal user, SearchRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Dossier))
            return null;
        var scope = scopes.FirstOrDefault(s => s.Name == SearchFeature.DossierScope);
        return (scope is null ? null : await scope.FindAsync(user, request.Dossier.Trim(), cancellationToken)) ?? Nothing;
    }

    private async Task<IndexAnswer> RunAsync(SearchIdentity identity, SearchRequest request, SearchScopeContents? within, int skip, int take,
        bool facets, CancellationToken cancellationToken)
    {
        var index = await indexes.OpenAsync(cancellationToken);
        var built = QueryBuilder.Build(QueryText.Parse(request.Q), request);
        if (within is not null)
            built = IndexQuery.Restricted(built, new KeyFilter(within.Documents.Select(d => DocumentMapper.Key(d.Kind, d.Id))));
        var query = IndexQuery.Restricted(built, AccessFilter.Cached(index, identity));
        var searcher = index.Acquire();
        try
        {
            return IndexQuery.Run(searcher, query, request.ByDate, skip, take, facets);
        }
        finally
        {
            index.Release(searcher);
        }
    }

    private async Task<(ISearchSource?, SearchableDocument?)> FindAsync(string key, CancellationToken cancellationToken)
    {
        var (kind, id) = DocumentMapper.Parse(key);
        var source = sources.FirstOrDefault(s => s.Kind == kind);
        return (source, source is null ? null : await source.FindAsync(id, cancellationToken));
    }

    private static List<QueryClause> Clauses(SearchRequest request)
    {
        var clauses = QueryText.Parse(request.Q);
        foreach (var (field, text) in request.FieldTexts())
            clauses.AddRange(QueryText.Parse(text).Select(c => c with { Field = field }));
        return clauses;
    }

    private static SearchHit Hit(ISearchSource source, SearchableDocument d, string snippet, float score) =>
        new(d.Kind, source.Label, d.Id, d.Number, d.Subject, d.Sender, d.DocumentType, d.Signer, d.Date, d.Level, d.Urgency, d.State, d.Link, snippet, score);

    private static string Limit(string text) => text.Length <= 2000 ? text : text[..2000];
}
