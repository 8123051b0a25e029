using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Dossiers.Models;

namespace Portal.Dossiers.Services;

/// <summary>Tells the one access check whether a dossier exists in this tenant, and its level (the highest of its contents).</summary>
internal sealed class DossierLocator(DossiersDb db) : NumberedResourceLocator(DossiersFeature.Kind)
{
    protected override Task<SecrecyLevel?> LevelAsync(int key, CancellationToken cancellationToken) =>
        db.Dossiers.AsNoTracking().Where(r => r.Id == key).Select(r => (SecrecyLevel?)r.Level)
            .FirstOrDefaultAsync(cancellationToken);
}
