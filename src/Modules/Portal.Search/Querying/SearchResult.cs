namespace Portal.Search.Querying;

/// <param name="Within">The title of the set the search was narrowed to (a dossier), when the reader may see it.</param>
public sealed record SearchResult(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits, IReadOnlyList<Facet> Facets, string? Within)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
