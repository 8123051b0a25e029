using System.Globalization;
using Portal.Core.Outbox;
using Portal.Dossiers;
using Portal.Identity;

namespace Portal.Notifications.Services;

/// <summary>
/// Tells the person responsible for a dossier and the agency's archive clerks, once, that its hand-over deadline is within
/// 30 days (Decree 30, Phụ lục VI); the notice names the dossier by its line of the catalogue.
/// </summary>
internal sealed class HandOverDueHandler(IAccountDirectory accounts, NotificationFanOut fanOut) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var due = message.Read<DossierHandOverDue>();
        var receivers = (await accounts.ListAsync(cancellationToken))
            .Where(a => !a.IsDisabled && (a.UserId == due.ResponsibleUserId || a.Roles.Contains(Roles.Archivist))).Select(a => a.UserId).ToList();
        var id = due.DossierId.ToString(CultureInfo.InvariantCulture);
        if (receivers.Count > 0)
            await fanOut.SendAsync(receivers, NotificationKinds.HandOverDue, DossiersFeature.Kind, id, $"{DossierHandOverDue.Topic}:{id}", due.AtUtc,
                cancellationToken, detail: $"hạn nộp lưu ngày {due.Deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
    }
}
