using Portal.Identity;
using Portal.Notifications.Models;

namespace Portal.Notifications.Mail;

/// <summary>
/// Of notices waiting for their mail, those that can go: the tenant still has a mail server and the person an enabled
/// account with an address. The others stop waiting (marked and saved here): there is no one to send them to.
/// </summary>
public sealed class MailReadiness(NotificationsDb db, MailServerSettings servers, IAccountDirectory accounts)
{
    public async Task<PendingMail?> ReadyAsync(IReadOnlyList<Notification> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
            return null;
        var server = await servers.LoadAsync(cancellationToken);
        var addresses = server is null
            ? new Dictionary<string, string>()
            : await accounts.MailAddressesAsync(pending.Select(n => n.UserId).Distinct().ToList(), cancellationToken);
        foreach (var notice in pending.Where(n => !addresses.ContainsKey(n.UserId)))
            notice.MailPending = false;
        await db.SaveChangesAsync(cancellationToken);
        var ready = pending.Where(n => n.MailPending).ToList();
        return server is null || ready.Count == 0 ? null : new PendingMail(server, ready, addresses);
    }
}
