namespace Portal.Search.Querying;

/// <summary>A facet's counts over the documents the user may see that match: its name in the form (year, level, …) and its Vietnamese title.</summary>
public sealed record Facet(string Name, string Title, IReadOnlyList<FacetValue> Values);
