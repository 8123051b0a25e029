using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Dossiers.Models;

namespace Portal.Dossiers.Services;

/// <summary>Tells the one access check whether a dossier exists in this tenant, and its level (the highest of its contents).</summary>
internal sealed class DossierLocator(DossiersDb db) : IResourceLocator
{
    public string Kind => DossiersFeature.Kind;

    public async Task<LocatedResource?> FindAsync(string id, CancellationToken cancellationToken)
    {
        // A malformed id costs the same query as a missing one.
        var key = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var levels = await db.Dossiers.AsNoTracking().Where(d => d.Id == key).Select(d => d.Level).ToListAsync(cancellationToken);
        return levels.Count == 0 ? null : new LocatedResource(levels[0], new ResourceRef(Kind, id));
    }
}
