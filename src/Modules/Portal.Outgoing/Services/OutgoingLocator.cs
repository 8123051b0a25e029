using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Outgoing.Models;

namespace Portal.Outgoing.Services;

/// <summary>Tells the one access check whether an outgoing document exists in this tenant, and its level.</summary>
internal sealed class OutgoingLocator(OutgoingDb db) : NumberedResourceLocator(OutgoingFeature.Kind)
{
    protected override Task<SecrecyLevel?> LevelAsync(int key, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking().Where(r => r.Id == key).Select(r => (SecrecyLevel?)r.Level).FirstOrDefaultAsync(cancellationToken);
}
