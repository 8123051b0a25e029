namespace Portal.Search;

/// <summary>What a <see cref="ISearchScope"/> holds: its title for the page and its documents by kind and id.</summary>
public sealed record SearchScopeContents(string Title, IReadOnlyList<(string Kind, string Id)> Documents);
