using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Notifications.Models;

namespace Portal.Notifications.Services;

/// <summary>
/// The digest page (tóm tắt): the person's notices since their previous visit, grouped by kind in the order of
/// <see cref="NotificationKinds.Names"/>. The notices come from the inbox, so each one went through the access check: a
/// document the person may not see is in no group and no count. Opening it records the visit.
/// </summary>
public sealed class NotificationDigest(NotificationsDb db, NotificationInbox inbox, TimeProvider clock)
{
    public async Task<DigestPage> OpenAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(PortalClaims.UserId) ?? "";
        var visit = await db.DigestVisits.FirstOrDefaultAsync(v => v.UserId == userId, cancellationToken);
        var since = visit?.VisitedUtc;
        var notices = await inbox.SinceAsync(user, since, cancellationToken);
        var order = NotificationKinds.Names.Keys.ToList();
        var groups = notices.GroupBy(n => n.Kind)
            .OrderBy(g => order.IndexOf(g.Key) is var i && i < 0 ? int.MaxValue : i)
            .Select(g => new DigestGroup(g.Key, NotificationKinds.Names.GetValueOrDefault(g.Key, g.Key), g.ToList()))
            .ToList();
        var now = StoredTime.Of(clock.GetUtcNow().UtcDateTime);
        if (visit is null)
            db.DigestVisits.Add(new DigestVisit { UserId = userId, VisitedUtc = now });
        else
            visit.VisitedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return new DigestPage(since is { } s ? DateTime.SpecifyKind(s, DateTimeKind.Utc) : null, groups);
    }
}
