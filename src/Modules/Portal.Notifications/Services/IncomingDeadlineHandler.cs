using System.Globalization;
using Portal.Access;
using Portal.Core.Outbox;
using Portal.Incoming;

namespace Portal.Notifications.Services;

/// <summary>
/// Tells the handlers of an incoming document that its deadline is near, and them and the directing leader once it has
/// passed; once per deadline each, however many days the watch announces it.
/// </summary>
internal sealed class IncomingDeadlineHandler(ResourceNotices notices) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var deadline = message.Read<IncomingDeadline>();
        AccessPosition[] positions = deadline.Passed
            ? [AccessPosition.LeadHandler, AccessPosition.CoHandler, AccessPosition.Approver]
            : [AccessPosition.LeadHandler, AccessPosition.CoHandler];
        var kind = deadline.Passed ? NotificationKinds.DeadlinePassed : NotificationKinds.DeadlineApproaching;
        await notices.SendAsync(new ResourceRef(IncomingFeature.Kind, deadline.DocumentId.ToString(CultureInfo.InvariantCulture)), kind, positions,
            $"{IncomingDeadline.Topic}:{deadline.DocumentId}:{deadline.Deadline:yyyyMMdd}:{kind}", deadline.AtUtc, cancellationToken);
    }
}
