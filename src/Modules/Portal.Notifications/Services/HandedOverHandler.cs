using Portal.Core.Outbox;
using Portal.Departure;

namespace Portal.Notifications.Services;

/// <summary>
/// Tells the receiver of a departing person's document or dossier that it is now in their care. The notice names it only
/// as the inbox names that kind at read time (a document through the access check, which the receiver passes as its new
/// holder; a dossier by its code and title); a kind the inbox cannot name is not told.
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
