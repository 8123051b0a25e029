using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Outgoing.Models;

namespace Portal.Outgoing.Services;

/// <summary>Tells the one access check whether an outgoing document exists in this tenant, and its level.</summary>
internal sealed class OutgoingLocator(OutgoingDb db) : IResourceLocator
{
    public string Kind => OutgoingFeature.Kind;

    public async Task<LocatedResource?> FindAsync(string id, CancellationToken cancellationToken)
    {
        // A malformed id costs the same query as a missing one.
        var key = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var levels = await db.Documents.AsNoTracking().Where(d => d.Id == key).Select(d => d.Level).ToListAsync(cancellationToken);
        return levels.Count == 0 ? null : new LocatedResource(levels[0], new ResourceRef(Kind, id));
    }
}
