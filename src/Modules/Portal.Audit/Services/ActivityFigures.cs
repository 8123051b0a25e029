using Microsoft.EntityFrameworkCore;
using Portal.Audit.Models;
using Portal.Oversight;

namespace Portal.Audit.Services;

/// <summary>The tenant's last recorded action (a sign-in, a read, a change), for the central office.</summary>
internal sealed class ActivityFigures(AuditDb db) : IFigureSource
{
    public string FeatureId => AuditFeature.Id;

    public async Task AddToAsync(FigureSheet sheet, CancellationToken cancellationToken) =>
        sheet.Latest(FigureKeys.LastActivity, await db.Entries.MaxAsync(e => (DateTime?)e.TimestampUtc, cancellationToken));
}
