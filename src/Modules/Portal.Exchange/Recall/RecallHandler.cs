using Microsoft.EntityFrameworkCore;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Exchange.Directory;
using Portal.Exchange.Models;
using Portal.Exchange.Sending;

namespace Portal.Exchange.Recall;

/// <summary>
/// Carries a recall to the recipient's node, signed by this agency; retried by the outbox until that node
/// answers. An envelope never delivered has nothing to recall there: its delivery stops (see <see cref="DeliveryHandler"/>).
/// </summary>
internal sealed class RecallHandler(ExchangeDb db, CentralDirectory central, AgencyKeys keys, IEnvelopeCourier courier, ITenantAccessor tenants)
    : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var request = message.Read<RecallRequest>();
        var sending = await db.Sendings.AsNoTracking().FirstOrDefaultAsync(s => s.EnvelopeId == request.EnvelopeId, cancellationToken);
        if (sending?.DeliveredUtc is null)
            return;
        var recipient = await central.RequiredAsync(sending.RecipientCode, cancellationToken);
        using var key = await keys.SignatureKeyAsync(cancellationToken);
        var recall = new StatusMessage(sending.EnvelopeId, tenants.Required.Record.AgencyCode, sending.RecipientCode, ExchangeStatusCodes.RecallRequested,
            request.AtUtc, request.Reason, []);
        await courier.PostRecallAsync(recipient, recall.SignedWith(key), cancellationToken);
    }
}
