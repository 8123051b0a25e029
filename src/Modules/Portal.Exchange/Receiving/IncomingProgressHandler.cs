using Microsoft.EntityFrameworkCore;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Exchange.Models;
using Portal.Exchange.Sending;
using Portal.Incoming;

namespace Portal.Exchange.Receiving;

/// <summary>
/// Follows an incoming document registered from an envelope as Incoming announces its stages, and tells the
/// sender (03 registered, 04 assigned, 05 in progress, 06 done) with the same signed status delivery as the
/// acknowledgement. It posts itself rather than adding to the outbox (a handler adding a message would wait on
/// the dispatch it runs in); Incoming's message stays until the sender's node answers, so delivery is as
/// durable. A repeated stage sends a code the sender already keeps, which changes nothing.
/// </summary>
internal sealed class IncomingProgressHandler(ExchangeDb db, StatusSending sending, ITenantAccessor tenants) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var moved = message.Read<IncomingMoved>();
        if (ExchangeStatusCodes.OfIncomingStage(moved.Stage) is not { } code)
            return;
        var arrival = await db.Arrivals.AsNoTracking()
            .FirstOrDefaultAsync(a => a.IncomingDocumentId == moved.DocumentId && a.State == ArrivalState.Registered, cancellationToken);
        // An imported edXML package is sealed by this agency for itself: there is no node to tell.
        if (arrival is not null && arrival.SenderCode != tenants.Required.Record.AgencyCode)
            await sending.SendAsync(new StatusRequest(arrival.SenderCode, arrival.EnvelopeId, code, moved.AtUtc, ""), cancellationToken);
    }
}
