using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Notifications.Models;
using Portal.Notifications.Services;

namespace Portal.Notifications.Mail;

/// <summary>
/// Sends the mail of one event's notices, in the background lane (never inside a person's request), to those who want a
/// mail per notice (the others' wait for <see cref="MailDigestRun"/>). Each notice is marked sent as soon as its mail
/// went, so a retry sends only what is left; a failure is logged for the admin (<see cref="MailConnection"/>) and
/// thrown, and the outbox tries again later. The notices themselves were written before and stay, whatever the mail does.
/// </summary>
internal sealed class NoticeMailHandler(NotificationsDb db, MailReadiness readiness, MailDeliveryLog log, ITenantAccessor tenants, TimeProvider clock)
    : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var key = message.Read<NoticeMail>().SourceKey;
        var pending = await db.Notifications
            .Where(n => n.MailPending && n.SourceKey == key && !db.Muted.Any(m => m.UserId == n.UserId && m.Kind == NotificationKinds.DailyMail))
            .OrderBy(n => n.Id).ToListAsync(cancellationToken);
        if (await readiness.ReadyAsync(pending, cancellationToken) is not { } ready)
            return;
        await using var connection = await MailConnection.OpenAsync(ready.Server, log, cancellationToken);
        foreach (var notice in ready.Notices)
        {
            await connection.SendAsync(NoticeMessage.For(ready.Server, ready.Addresses[notice.UserId], tenants.Required), cancellationToken);
            notice.MailPending = false;
            notice.MailedUtc = StoredTime.Of(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }
        await log.SentAsync(cancellationToken);
    }
}
