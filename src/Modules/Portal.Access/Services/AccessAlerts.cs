using Microsoft.EntityFrameworkCore;
using Portal.Access.Models;

namespace Portal.Access.Services;

internal sealed class AccessAlerts(AccessDb db) : IAccessAlerts
{
    /// <summary>The custodians of a resource: who registered it and keeps the original.</summary>
    public const AccessPosition Custodian = AccessPosition.RegisteringClerk;

    public async Task<IReadOnlyList<AccessAlertView>> UnreadAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.Alerts.AsNoTracking().Where(a => a.UserId == userId && a.ReadUtc == null).OrderByDescending(a => a.Id).Take(50)
            .Select(a => new AccessAlertView(a.Id, new ResourceRef(a.ResourceKind, a.ResourceId), a.Message, a.CreatedUtc))
            .ToListAsync(cancellationToken);

    public Task MarkReadAsync(string userId, long alertId, CancellationToken cancellationToken = default) =>
        db.Alerts.Where(a => a.Id == alertId && a.UserId == userId)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.ReadUtc, DateTime.UtcNow), cancellationToken);

    /// <summary>Queues an alert for every custodian except the person whose rights changed.</summary>
    public async Task RaiseAsync(ResourceRef resource, string changedUserId, string message, CancellationToken cancellationToken)
    {
        var custodians = await db.Entries.AsNoTracking()
            .Where(e => e.ResourceKind == resource.Kind && e.ResourceId == resource.Id && e.Position == Custodian && e.UserId != changedUserId)
            .Select(e => e.UserId).Distinct().ToListAsync(cancellationToken);
        foreach (var custodian in custodians)
        {
            db.Alerts.Add(new AccessAlert
            {
                UserId = custodian, ResourceKind = resource.Kind, ResourceId = resource.Id, Message = message, CreatedUtc = DateTime.UtcNow,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
