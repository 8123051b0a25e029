using System.Globalization;
using Portal.Core.Outbox;
using Portal.Identity;
using Portal.Secrets;

namespace Portal.Notifications.Services;

/// <summary>
/// Tells the agency's security officers that the agency which issued a document has destroyed it, so they decide on the
/// copy held here (DOMAIN.md §2.10); once per decision. Like every notice, it is text only for one who may see the copy.
/// </summary>
internal sealed class DestroyedAtSourceHandler(AgencyPeople people, NotificationFanOut fanOut) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var destroyed = message.Read<SecretDestroyedAtSource>();
        var id = destroyed.DocumentId.ToString(CultureInfo.InvariantCulture);
        await fanOut.SendAsync(await people.WithRoleAsync(Roles.SecurityOfficer, cancellationToken), NotificationKinds.DestroyedAtSource, destroyed.Kind, id,
            $"{SecretDestroyedAtSource.Topic}:{destroyed.Kind}:{id}:{destroyed.DecisionNumber}", destroyed.AtUtc, cancellationToken,
            detail: $"{destroyed.AgencyName}, quyết định số {destroyed.DecisionNumber} ngày {destroyed.DecidedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
    }
}
