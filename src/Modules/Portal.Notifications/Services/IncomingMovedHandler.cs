using Portal.Access;
using Portal.Core.Outbox;
using Portal.Incoming;

namespace Portal.Notifications.Services;

/// <summary>
/// Notifies the people whose turn an incoming document's new stage is: the leader it was submitted to, the handlers
/// it was assigned to, those the direction names for information, the clerk it was returned to.
/// </summary>
internal sealed class IncomingMovedHandler(ResourceNotices notices) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var moved = message.Read<IncomingMoved>();
        (string Kind, AccessPosition[] Positions)[] notes = moved.Stage switch
        {
            "awaiting-direction" => [(NotificationKinds.DirectionNeeded, [AccessPosition.Approver])],
            "assigned" => [(NotificationKinds.NewWork, [AccessPosition.LeadHandler, AccessPosition.CoHandler]),
                (NotificationKinds.Direction, [AccessPosition.ForInformation])],
            "returned" => [(NotificationKinds.Returned, [AccessPosition.RegisteringClerk])],
            _ => [],
        };
        var resource = new ResourceRef(IncomingFeature.Kind, moved.DocumentId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (kind, positions) in notes)
            await notices.SendAsync(resource, kind, positions, $"{IncomingMoved.Topic}:{moved.DocumentId}:{moved.Stage}:{moved.AtUtc.Ticks}:{kind}",
                moved.AtUtc, cancellationToken);
    }
}
