using Portal.Dossiers.Models;
using Portal.Dossiers.Services;

namespace Portal.Dossiers.Controllers;

/// <summary>The year's catalogue, which entries are already opened, whether the person keeps the catalogue, and a refused form's errors.</summary>
public sealed record CataloguePage(int Year, IReadOnlyList<CatalogueEntry> Entries, IReadOnlySet<int> Opened, bool CanEdit, string UserId, bool IsClerk,
    CatalogueInput Form, IReadOnlyList<string> Errors);
