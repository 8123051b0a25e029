using Portal.Access;
using Portal.Core.Outbox;
using Portal.Incoming;
using Portal.Outgoing;

namespace Portal.Notifications.Services;

/// <summary>
/// Tells the custodians of a document (its lead handler and registering clerk) that someone was granted access to it,
/// or lost a grant (which of the two, not who: the notice
/// carries no names), while the steps of the document's own flow change its list too, and are told as new work instead.
/// </summary>
internal sealed class RightsChangedHandler(ResourceNotices notices, TimeProvider clock) : IOutboxHandler
{
    private static readonly string[] Documents = [IncomingFeature.Kind, OutgoingFeature.Kind];

    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var change = message.Read<AccessChanged>();
        if (change.Position != AccessPosition.Grant || !Documents.Contains(change.Kind))
            return;
        await notices.SendAsync(new ResourceRef(change.Kind, change.Id), NotificationKinds.RightsChanged,
            [AccessPosition.LeadHandler, AccessPosition.RegisteringClerk], $"{AccessChanged.Topic}:{message.Id}", clock.GetUtcNow().UtcDateTime,
            cancellationToken, except: change.UserId, detail: change.Added ? "một người được cấp quyền tiếp cận" : "một người bị thu hồi quyền tiếp cận");
    }
}
