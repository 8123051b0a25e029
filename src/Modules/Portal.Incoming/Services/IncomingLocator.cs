using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

/// <summary>Tells the one access check whether an incoming document exists in this tenant, and its level.</summary>
internal sealed class IncomingLocator(IncomingDb db) : NumberedResourceLocator(IncomingFeature.Kind)
{
    protected override Task<SecrecyLevel?> LevelAsync(int key, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking().Where(r => r.Id == key).Select(r => (SecrecyLevel?)r.Level).FirstOrDefaultAsync(cancellationToken);
}
