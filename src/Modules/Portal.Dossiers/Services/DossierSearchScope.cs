using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Dossiers.Models;
using Portal.Search;

namespace Portal.Dossiers.Services;

/// <summary>
/// A dossier's contents for a search narrowed to it (search?dossier=id): only for one who may see the dossier (the one access
/// check, audited), by reference; the search then keeps its own access rule on each document.
/// </summary>
internal sealed class DossierSearchScope(DossiersDb db, IAccessCheck access) : ISearchScope
{
    public string Name => SearchFeature.DossierScope;

    public async Task<SearchScopeContents?> FindAsync(ClaimsPrincipal user, string id, CancellationToken cancellationToken)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key)
            || !await access.CanSeeAsync(user, DossierFiling.Resource(key), cancellationToken))
            return null;
        var dossier = await db.Dossiers.AsNoTracking().FirstAsync(d => d.Id == key, cancellationToken);
        var items = await db.Items.AsNoTracking().Where(i => i.DossierId == key).Select(i => new { i.DocumentKind, i.DocumentId })
            .ToListAsync(cancellationToken);
        return new SearchScopeContents($"{dossier.Code} năm {dossier.Year} — {dossier.Title}",
            [.. items.Select(i => (i.DocumentKind, i.DocumentId.ToString(CultureInfo.InvariantCulture)))]);
    }
}
