using Portal.Search.Models;
using Portal.Search.Querying;

namespace Portal.Search.Controllers;

public sealed record SearchPage(SearchRequest Request, SearchResult? Result, IReadOnlyList<SavedSearch> Saved);
