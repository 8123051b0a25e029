using Microsoft.EntityFrameworkCore;
using Portal.Notifications.Models;

namespace Portal.Notifications.Services;

/// <summary>What each person chose to receive: every kind unless muted.</summary>
public sealed class NotificationSettings(NotificationsDb db)
{
    public async Task<IReadOnlySet<string>> ReceivedAsync(string userId, CancellationToken cancellationToken)
    {
        var muted = await db.Muted.Where(m => m.UserId == userId).Select(m => m.Kind).ToListAsync(cancellationToken);
        return NotificationKinds.Names.Keys.Except(muted).ToHashSet();
    }

    public async Task SetAsync(string userId, IReadOnlyCollection<string> received, CancellationToken cancellationToken)
    {
        db.Muted.RemoveRange(await db.Muted.Where(m => m.UserId == userId).ToListAsync(cancellationToken));
        db.Muted.AddRange(NotificationKinds.Names.Keys.Except(received).Select(k => new MutedKind { UserId = userId, Kind = k }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
