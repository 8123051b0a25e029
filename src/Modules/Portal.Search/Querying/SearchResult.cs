namespace Portal.Search.Querying;

public sealed record SearchResult(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits, IReadOnlyList<Facet> Facets)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
