using System.Globalization;
using Portal.Access;
using Portal.Core.Outbox;
using Portal.Exchange;
using Portal.Outgoing;

namespace Portal.Notifications.Services;

/// <summary>Tells the drafter and the issuing clerk of an outgoing document that a recipient agency sent a status about it.</summary>
internal sealed class SendingStatusHandler(ResourceNotices notices) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var status = message.Read<SendingStatusReceived>();
        await notices.SendAsync(new ResourceRef(OutgoingFeature.Kind, status.DocumentId.ToString(CultureInfo.InvariantCulture)),
            NotificationKinds.ExchangeStatus, [AccessPosition.LeadHandler, AccessPosition.RegisteringClerk],
            $"{SendingStatusReceived.Topic}:{message.Id}", status.AtUtc, cancellationToken);
    }
}
