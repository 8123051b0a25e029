using System.Globalization;
using Portal.Core.Outbox;
using Portal.Dossiers;
using Portal.Identity;

namespace Portal.Notifications.Services;

/// <summary>
/// Tells the person responsible for a dossier and the agency's archive clerks, once, that its hand-over deadline is within
/// 30 days (Decree 30, Phụ lục VI); the notice names the dossier by its line of the catalogue.
/// </summary>
internal sealed class HandOverDueHandler(AgencyPeople people, NotificationFanOut fanOut) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var due = message.Read<DossierHandOverDue>();
        var id = due.DossierId.ToString(CultureInfo.InvariantCulture);
        await fanOut.SendAsync(await people.WithRoleAsync(Roles.Archivist, cancellationToken, also: due.ResponsibleUserId), NotificationKinds.HandOverDue,
            DossiersFeature.Kind, id, $"{DossierHandOverDue.Topic}:{id}", due.AtUtc, cancellationToken,
            detail: $"hạn nộp lưu ngày {due.Deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
    }
}
