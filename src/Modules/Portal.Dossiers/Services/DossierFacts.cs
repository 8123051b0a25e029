using Microsoft.EntityFrameworkCore;
using Portal.Dossiers.Models;

namespace Portal.Dossiers.Services;

internal sealed class DossierFacts(DossiersDb db) : IDossierFacts
{
    public async Task<string?> CatalogueLineAsync(int dossierId, CancellationToken cancellationToken) =>
        await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Select(d => d.Code + " — " + d.Title).FirstOrDefaultAsync(cancellationToken);
}
