using Portal.Access;
using Portal.Core.Outbox;
using Portal.Incoming;

namespace Portal.Notifications.Services;

/// <summary>
/// Notifies the people whose turn an incoming document's new stage is: the leader it was submitted to, the handlers
/// it was assigned to, the clerk it was returned to. They are read from its access list, never from Incoming's tables.
/// </summary>
internal sealed class IncomingMovedHandler(IAccessList access, NotificationFanOut fanOut) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var moved = message.Read<IncomingMoved>();
        var (kind, positions) = moved.Stage switch
        {
            "awaiting-direction" => (NotificationKinds.DirectionNeeded, new[] { AccessPosition.Approver }),
            "assigned" => (NotificationKinds.NewWork, new[] { AccessPosition.LeadHandler, AccessPosition.CoHandler }),
            "returned" => (NotificationKinds.Returned, new[] { AccessPosition.RegisteringClerk }),
            _ => ("", []),
        };
        if (positions.Length == 0)
            return;
        var resource = new ResourceRef(IncomingFeature.Kind, moved.DocumentId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var receivers = (await access.MembersAsync(resource, cancellationToken)).Where(m => positions.Contains(m.Position)).Select(m => m.UserId).ToList();
        await fanOut.SendAsync(receivers, kind, resource.Kind, resource.Id, $"{IncomingMoved.Topic}:{moved.DocumentId}:{moved.Stage}:{moved.AtUtc.Ticks}",
            moved.AtUtc, cancellationToken);
    }
}
