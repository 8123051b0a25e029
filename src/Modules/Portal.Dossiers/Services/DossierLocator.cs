using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Dossiers.Models;

namespace Portal.Dossiers.Services;

/// <summary>
/// Tells the one access check whether a dossier exists in this tenant, and its level (the highest of its contents).
/// The store is resolved only when a dossier is looked up: the access check builds every locator for every decision,
/// and in a tenant without dossiers (the central office, communes) building it would fail every protected request.
/// </summary>
internal sealed class DossierLocator(IServiceProvider services) : NumberedResourceLocator(DossiersFeature.Kind)
{
    protected override Task<SecrecyLevel?> LevelAsync(int key, CancellationToken cancellationToken) =>
        services.GetRequiredService<DossiersDb>().Dossiers.AsNoTracking().Where(r => r.Id == key).Select(r => (SecrecyLevel?)r.Level)
            .FirstOrDefaultAsync(cancellationToken);
}
