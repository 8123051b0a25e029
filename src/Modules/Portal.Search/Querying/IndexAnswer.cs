namespace Portal.Search.Querying;

internal sealed record IndexAnswer(int Total, IReadOnlyList<(string Key, float Score)> Keys, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
