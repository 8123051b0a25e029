using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Identity;
using Portal.Notifications.Models;

namespace Portal.Notifications.Mail;

/// <summary>
/// Sends the mail of one event's notices, in the background lane (never inside a person's request). Each notice is
/// marked sent as soon as its mail went, so a retry sends only what is left; a failure is logged for the admin (<see cref="MailConnection"/>)
/// and thrown, and the outbox tries again later. The notices themselves were written before and stay, whatever the mail does.
/// </summary>
internal sealed class NoticeMailHandler(NotificationsDb db, MailServerSettings servers, IAccountDirectory accounts, MailDeliveryLog log,
    ITenantAccessor tenants, TimeProvider clock) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var key = message.Read<NoticeMail>().SourceKey;
        var pending = await db.Notifications.Where(n => n.MailPending && n.SourceKey == key).OrderBy(n => n.Id).ToListAsync(cancellationToken);
        if (pending.Count == 0)
            return;
        var server = await servers.LoadAsync(cancellationToken);
        var addresses = server is null
            ? new Dictionary<string, string>()
            : await accounts.MailAddressesAsync(pending.Select(n => n.UserId).ToList(), cancellationToken);
        // No server any more, or a person with no address (or disabled since): nothing to send them.
        foreach (var notice in pending.Where(n => !addresses.ContainsKey(n.UserId)))
            notice.MailPending = false;
        await db.SaveChangesAsync(cancellationToken);
        if (server is null || pending.All(n => !n.MailPending))
            return;
        await SendAsync(server, pending.Where(n => n.MailPending).ToList(), addresses, cancellationToken);
        await log.SentAsync(cancellationToken);
    }

    private async Task SendAsync(MailServer server, List<Notification> notices, IReadOnlyDictionary<string, string> addresses,
        CancellationToken cancellationToken)
    {
        await using var connection = await MailConnection.OpenAsync(server, log, cancellationToken);
        foreach (var notice in notices)
        {
            await connection.SendAsync(NoticeMessage.For(server, addresses[notice.UserId], tenants.Required), cancellationToken);
            notice.MailPending = false;
            notice.MailedUtc = StoredTime.Of(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
