using Portal.Core.Outbox;
using Portal.Departure;

namespace Portal.Notifications.Services;

/// <summary>
/// Tells the receiver of a departing person's document that it is now in their care. The notice names the document only
/// through the access check at read time, which the receiver passes as its new holder; a dossier is not told, as notices
/// can name only incoming and outgoing documents.
/// </summary>
internal sealed class HandedOverHandler(NotificationFanOut fanOut, TimeProvider clock) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var handedOver = message.Read<CustodyHandedOver>();
        if (!NotificationInbox.Shown.Contains(handedOver.Kind))
            return;
        await fanOut.SendAsync([handedOver.ToUserId], NotificationKinds.HandedOver, handedOver.Kind, handedOver.Id,
            $"{CustodyHandedOver.Topic}:{message.Id}", clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
