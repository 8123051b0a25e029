using System.Globalization;
using Portal.Access;
using Portal.Core.Outbox;
using Portal.Secrets;

namespace Portal.Notifications.Services;

/// <summary>
/// Reminds everyone on a secret document's access list (those who hold it, the leader who directed it) that its protection
/// period ends soon; once per period end. The notice shows only to those who may see the document when they read it.
/// </summary>
internal sealed class PeriodEndingHandler(ResourceNotices notices) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var ending = message.Read<SecretPeriodEnding>();
        await notices.SendAsync(new ResourceRef(ending.Kind, ending.DocumentId.ToString(CultureInfo.InvariantCulture)), NotificationKinds.PeriodEnding,
            Enum.GetValues<AccessPosition>(), $"{SecretPeriodEnding.Topic}:{ending.Kind}:{ending.DocumentId}:{ending.EndsOn:yyyyMMdd}", ending.AtUtc,
            cancellationToken, detail: $"hết thời hạn bảo vệ ngày {ending.EndsOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
    }
}
