using System.Globalization;
using Portal.Access;
using Portal.Core.Outbox;
using Portal.Outgoing;

namespace Portal.Notifications.Services;

/// <summary>
/// Notifies the people whose turn an outgoing document's new stage is: the unit leader asked to review, the clerk who
/// checks the format or issues, the signer, the drafter it was returned to.
/// </summary>
internal sealed class OutgoingMovedHandler(ResourceNotices notices) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var moved = message.Read<OutgoingMoved>();
        var (kind, position) = moved.Stage switch
        {
            "unit-review" => (NotificationKinds.NewWork, AccessPosition.Approver),
            "format-check" or "signed" => (NotificationKinds.NewWork, AccessPosition.RegisteringClerk),
            "awaiting-signature" => (NotificationKinds.AwaitingSignature, AccessPosition.Signer),
            "draft" => (NotificationKinds.Returned, AccessPosition.LeadHandler),
            _ => ("", default(AccessPosition?)),
        };
        if (position is not { } receivers)
            return;
        await notices.SendAsync(new ResourceRef(OutgoingFeature.Kind, moved.DocumentId.ToString(CultureInfo.InvariantCulture)), kind, [receivers],
            $"{OutgoingMoved.Topic}:{moved.DocumentId}:{moved.Stage}:{moved.AtUtc.Ticks}", moved.AtUtc, cancellationToken);
    }
}
