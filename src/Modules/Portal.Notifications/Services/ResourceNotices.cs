using Portal.Access;

namespace Portal.Notifications.Services;

/// <summary>
/// Notifies the people who hold given positions on a document's access list (never read from the owning module's
/// tables), leaving out one person when the event is their own doing.
/// </summary>
public sealed class ResourceNotices(IAccessList access, NotificationFanOut fanOut)
{
    public async Task SendAsync(ResourceRef resource, string kind, IReadOnlyCollection<AccessPosition> positions, string sourceKey, DateTime atUtc,
        CancellationToken cancellationToken, string? except = null, string detail = "")
    {
        var receivers = (await access.MembersAsync(resource, cancellationToken))
            .Where(m => positions.Contains(m.Position) && m.UserId != except).Select(m => m.UserId).ToList();
        if (receivers.Count > 0)
            await fanOut.SendAsync(receivers, kind, resource.Kind, resource.Id, sourceKey, atUtc, cancellationToken, detail);
    }
}
