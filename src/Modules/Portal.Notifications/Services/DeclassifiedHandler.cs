using System.Globalization;
using Portal.Access;
using Portal.Core.Outbox;
using Portal.Registers;
using Portal.Secrets;

namespace Portal.Notifications.Services;

/// <summary>
/// Tells the holders of a declassified document at once (DOMAIN.md §2.10): everyone on its access list (who has it in
/// their care) and everyone the copy log shows took a copy of it. The notice is text only for those who may see the document.
/// </summary>
internal sealed class DeclassifiedHandler(IAccessList access, ICopyLog copies, NotificationFanOut fanOut) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var declassified = message.Read<SecretDeclassified>();
        var resource = new ResourceRef(declassified.Kind, declassified.DocumentId.ToString(CultureInfo.InvariantCulture));
        var receivers = (await access.MembersAsync(resource, cancellationToken)).Select(m => m.UserId)
            .Union(await copies.HoldersAsync(declassified.Kind, declassified.DocumentId, cancellationToken)).ToList();
        if (receivers.Count > 0)
            await fanOut.SendAsync(receivers, NotificationKinds.Declassified, resource.Kind, resource.Id,
                $"{SecretDeclassified.Topic}:{resource.Kind}:{resource.Id}", declassified.AtUtc, cancellationToken);
    }
}
