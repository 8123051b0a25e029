using Microsoft.EntityFrameworkCore;
using Portal.Notifications.Models;

namespace Portal.Notifications.Services;

/// <summary>
/// What each person chose to receive: every kind, in Portal and by mail, unless muted. A kind's mail only tells of its
/// notice, so a kind muted in Portal has no mail either. The mail comes one per notice, or once a day when the person chose so.
/// </summary>
public sealed class NotificationSettings(NotificationsDb db)
{
    public async Task<NotificationChoices> ReceivedAsync(string userId, CancellationToken cancellationToken)
    {
        var muted = await db.Muted.Where(m => m.UserId == userId).Select(m => m.Kind).ToListAsync(cancellationToken);
        var inApp = NotificationKinds.Names.Keys.Except(muted).ToHashSet();
        return new NotificationChoices(inApp, inApp.Where(k => !muted.Contains(NotificationKinds.Mail(k))).ToHashSet(),
            muted.Contains(NotificationKinds.DailyMail));
    }

    public async Task SetAsync(string userId, IReadOnlyCollection<string> received, IReadOnlyCollection<string> mailed, bool dailyMail,
        CancellationToken cancellationToken)
    {
        var kinds = NotificationKinds.Names.Keys;
        db.Muted.RemoveRange(await db.Muted.Where(m => m.UserId == userId).ToListAsync(cancellationToken));
        db.Muted.AddRange(kinds.Except(received)
            .Concat(kinds.Where(k => !received.Contains(k) || !mailed.Contains(k)).Select(NotificationKinds.Mail))
            .Concat(dailyMail ? [NotificationKinds.DailyMail] : [])
            .Select(k => new MutedKind { UserId = userId, Kind = k }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
