using System.Security.Claims;

namespace Portal.Search;

/// <summary>
/// A set of documents another module keeps (a dossier's contents) that a search may be narrowed to, named in the query
/// string (<see cref="Name"/>=id). The search still applies its access rule inside the set, so the total and the facets
/// count only what the reader may see.
/// </summary>
public interface ISearchScope
{
    /// <summary>The query-string name ("dossier").</summary>
    string Name { get; }

    /// <summary>The set's title and documents, or null when it does not exist or the person may not see it (the search then finds nothing).</summary>
    Task<SearchScopeContents?> FindAsync(ClaimsPrincipal user, string id, CancellationToken cancellationToken);
}
