using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Notifications.Mail;
using Portal.Notifications.Models;

namespace Portal.Notifications.Services;

/// <summary>
/// Writes one notice per receiver in one statement batch, skipping those who muted the kind and those who already
/// have this event's notice (a message handled twice notifies once). When the tenant has a mail server, the notices
/// of those who keep the kind's mail are marked for mail, and one outbox message for the background lane asks for it
/// in the same transaction as the notices.
/// </summary>
public sealed class NotificationFanOut(NotificationsDb db, MailServerSettings mailServer, IOutbox outbox, ITenantUnitOfWork unitOfWork)
{
    public async Task<int> SendAsync(IReadOnlyCollection<string> userIds, string kind, string resourceKind, string resourceId, string sourceKey,
        DateTime atUtc, CancellationToken cancellationToken, string detail = "")
    {
        var mailKind = NotificationKinds.Mail(kind);
        var muted = await db.Muted.Where(m => (m.Kind == kind || m.Kind == mailKind) && userIds.Contains(m.UserId)).ToListAsync(cancellationToken);
        var sent = await db.Notifications.Where(n => n.SourceKey == sourceKey && userIds.Contains(n.UserId)).Select(n => n.UserId).ToListAsync(cancellationToken);
        var receivers = userIds.Distinct().Except(muted.Where(m => m.Kind == kind).Select(m => m.UserId)).Except(sent).ToList();
        if (receivers.Count == 0)
            return 0;
        var mailed = await mailServer.LoadAsync(cancellationToken) is null
            ? []
            : receivers.Except(muted.Where(m => m.Kind == mailKind).Select(m => m.UserId)).ToHashSet();
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.Notifications.AddRange(receivers.Select(u => new Notification
            {
                UserId = u, Kind = kind, ResourceKind = resourceKind, ResourceId = resourceId, SourceKey = sourceKey, Detail = detail,
                CreatedUtc = StoredTime.Of(atUtc), MailPending = mailed.Contains(u),
            }));
            await db.SaveChangesAsync(cancellationToken);
            if (mailed.Count > 0)
                await outbox.AddAsync(NoticeMail.Topic, new NoticeMail(sourceKey), cancellationToken);
        }, cancellationToken);
        return receivers.Count;
    }
}
