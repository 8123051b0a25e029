using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Dossiers;
using Portal.Incoming;
using Portal.Notifications.Models;
using Portal.Outgoing;

namespace Portal.Notifications.Services;

/// <summary>
/// A person's notifications. Each one's document goes through the access check when it is read: one the person
/// may no longer see is left out of the list and the count alike, and its text (number, subject) is never made.
/// The access check and the document modules' facts are resolved only for a notice to show: they need the document modules'
/// stores, which the central office (whose pages show the bell too) does not have. A notice about a dossier names only its
/// line of the catalogue, which every member of the agency may read, so it shows to its receivers without the dossier's check.
/// </summary>
public sealed class NotificationInbox(NotificationsDb db, IServiceProvider services, TimeProvider clock)
{
    /// <summary>How many of the newest notifications are looked at: older ones are out of the bell and the list.</summary>
    public const int Window = 100;

    /// <summary>The kinds of resource a notice may name; any other is left out.</summary>
    public static readonly IReadOnlyList<string> Shown = [IncomingFeature.Kind, OutgoingFeature.Kind, DossiersFeature.Kind];

    public Task<IReadOnlyList<NotificationView>> ListAsync(ClaimsPrincipal user, bool unreadOnly, CancellationToken cancellationToken)
    {
        var userId = UserId(user);
        return ViewsAsync(user, db.Notifications.Where(n => n.UserId == userId && (!unreadOnly || n.ReadUtc == null)), cancellationToken);
    }

    /// <summary>The person's notices that came after a moment (all of the window when null), newest first, each through the access check.</summary>
    public Task<IReadOnlyList<NotificationView>> SinceAsync(ClaimsPrincipal user, DateTime? sinceUtc, CancellationToken cancellationToken)
    {
        var userId = UserId(user);
        return ViewsAsync(user, db.Notifications.Where(n => n.UserId == userId && (sinceUtc == null || n.CreatedUtc > sinceUtc)), cancellationToken);
    }

    private async Task<IReadOnlyList<NotificationView>> ViewsAsync(ClaimsPrincipal user, IQueryable<Notification> notices, CancellationToken cancellationToken)
    {
        var rows = await notices.AsNoTracking().OrderByDescending(n => n.Id).Take(Window).ToListAsync(cancellationToken);
        var views = new List<NotificationView>();
        foreach (var row in rows)
            if (await ViewAsync(user, row, cancellationToken) is { } view)
                views.Add(view);
        return views;
    }

    /// <summary>
    /// The bell's count on every page: the unread notices whose document the person may still see, decided for all of
    /// them in one batch with no text made and no audit entry (nothing of the documents is shown).
    /// </summary>
    public async Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = UserId(user);
        var unread = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId && n.ReadUtc == null && Shown.Contains(n.ResourceKind))
            .OrderByDescending(n => n.Id).Take(Window).Select(n => new ResourceRef(n.ResourceKind, n.ResourceId)).ToListAsync(cancellationToken);
        if (unread.Count == 0)
            return 0;
        var documents = unread.Where(r => r.Kind != DossiersFeature.Kind).ToList();
        IReadOnlySet<ResourceRef> visible = documents.Count == 0 ? new HashSet<ResourceRef>() : await services.GetRequiredService<IAccessCheck>().VisibleAsync(user, documents, cancellationToken);
        return unread.Count(r => r.Kind == DossiersFeature.Kind || visible.Contains(r));
    }

    /// <summary>Marks one (or, without an id, every) notification of the person read; another person's id changes nothing.</summary>
    public Task MarkReadAsync(ClaimsPrincipal user, long? id, CancellationToken cancellationToken)
    {
        var userId = UserId(user);
        var now = StoredTime.Of(clock.GetUtcNow().UtcDateTime);
        return db.Notifications.Where(n => n.UserId == userId && n.ReadUtc == null && (id == null || n.Id == id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, now), cancellationToken);
    }

    private async Task<NotificationView?> ViewAsync(ClaimsPrincipal user, Notification row, CancellationToken cancellationToken)
    {
        if (!Shown.Contains(row.ResourceKind) || !int.TryParse(row.ResourceId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return null;
        if (row.ResourceKind != DossiersFeature.Kind
            && !await services.GetRequiredService<IAccessCheck>().CanSeeAsync(user, new ResourceRef(row.ResourceKind, row.ResourceId), cancellationToken))
            return null;
        if (await DescribeAsync(row.ResourceKind, id, cancellationToken) is not { } described)
            return null;
        var what = NotificationKinds.Names.GetValueOrDefault(row.Kind, row.Kind);
        var detail = row.Detail.Length == 0 ? "" : row.Detail + " — ";
        return new NotificationView(row.Id, row.Kind, $"{what}: {detail}{described.Text}", described.Link,
            DateTime.SpecifyKind(row.CreatedUtc, DateTimeKind.Utc), row.ReadUtc is not null);
    }

    /// <summary>The document's number and subject as the owning module gives them, and its page; null when it is gone.</summary>
    private async Task<(string Text, string Link)?> DescribeAsync(string kind, int id, CancellationToken cancellationToken)
    {
        if (kind == IncomingFeature.Kind)
            return await services.GetRequiredService<IIncomingFacts>().FindAsync(id, cancellationToken) is { } incoming
                ? ($"{incoming.NumberSymbol} của {incoming.Sender} — {incoming.Subject}", $"~/incoming/{id}")
                : null;
        if (kind == DossiersFeature.Kind)
            return await services.GetRequiredService<IDossierFacts>().CatalogueLineAsync(id, cancellationToken) is { } line
                ? ($"hồ sơ {line}", $"~/dossiers/{id}")
                : null;
        return await services.GetRequiredService<IOutgoingFacts>().FindAsync(id, cancellationToken) is { } outgoing
            ? ($"{(outgoing.NumberSymbol.Length > 0 ? "văn bản đi số " + outgoing.NumberSymbol : "dự thảo văn bản đi")} — {outgoing.Subject}", $"~/outgoing/{id}")
            : null;
    }

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(PortalClaims.UserId) ?? "";
}
