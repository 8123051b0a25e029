using System.Globalization;
using Portal.Access;
using Portal.Core.Outbox;
using Portal.Exchange;
using Portal.Outgoing;

namespace Portal.Notifications.Services;

/// <summary>
/// Tells the sender of an issued document — the clerk who issued and sent it, and its drafter — what a recipient
/// agency answered: arrived, refused, registered, recall accepted or refused. The notice keeps the recipient and the
/// status; the document is named only when the notice is read, through the access check, like every other notice.
/// </summary>
internal sealed class ExchangeStatusHandler(ResourceNotices notices) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var status = message.Read<ExchangeStatusReceived>();
        await notices.SendAsync(new ResourceRef(OutgoingFeature.Kind, status.DocumentId.ToString(CultureInfo.InvariantCulture)),
            NotificationKinds.ExchangeStatus, [AccessPosition.RegisteringClerk, AccessPosition.LeadHandler],
            $"{ExchangeStatusReceived.Topic}:{status.EnvelopeId:N}:{status.Code}", status.AtUtc, cancellationToken,
            detail: $"{status.RecipientName} — {status.StatusText}");
    }
}
