using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Notifications.Models;

namespace Portal.Notifications.Services;

/// <summary>
/// Writes one notice per receiver in one statement batch, skipping those who muted the kind and those who already
/// have this event's notice (a message handled twice notifies once).
/// </summary>
public sealed class NotificationFanOut(NotificationsDb db)
{
    public async Task<int> SendAsync(IReadOnlyCollection<string> userIds, string kind, string resourceKind, string resourceId, string sourceKey,
        DateTime atUtc, CancellationToken cancellationToken, string detail = "")
    {
        var muted = await db.Muted.Where(m => m.Kind == kind && userIds.Contains(m.UserId)).Select(m => m.UserId).ToListAsync(cancellationToken);
        var sent = await db.Notifications.Where(n => n.SourceKey == sourceKey && userIds.Contains(n.UserId)).Select(n => n.UserId).ToListAsync(cancellationToken);
        var receivers = userIds.Distinct().Except(muted).Except(sent).ToList();
        db.Notifications.AddRange(receivers.Select(u => new Notification
        {
            UserId = u, Kind = kind, ResourceKind = resourceKind, ResourceId = resourceId, SourceKey = sourceKey, Detail = detail, CreatedUtc = StoredTime.Of(atUtc),
        }));
        await db.SaveChangesAsync(cancellationToken);
        return receivers.Count;
    }
}
