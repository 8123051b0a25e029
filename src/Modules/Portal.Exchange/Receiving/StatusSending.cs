using Portal.Core.Tenancy;
using Portal.Exchange.Directory;
using Portal.Exchange.Sending;

namespace Portal.Exchange.Receiving;

/// <summary>Posts a status message back to an envelope's sender (or whoever holds its record now), signed by this agency; throws while the sender's node cannot take it.</summary>
internal sealed class StatusSending(CentralDirectory central, AgencyKeys keys, IEnvelopeCourier courier, ITenantAccessor tenants)
{
    public async Task SendAsync(StatusRequest request, CancellationToken cancellationToken)
    {
        var sender = await central.HolderAsync(request.SenderCode, request.EnvelopeId, cancellationToken);
        var unsigned = new StatusMessage(request.EnvelopeId, request.SenderCode, tenants.Required.Record.AgencyCode, request.Code, request.AtUtc,
            request.Note, []);
        using var key = await keys.SignatureKeyAsync(cancellationToken);
        await courier.PostStatusAsync(sender, unsigned.SignedWith(key), cancellationToken);
    }
}
