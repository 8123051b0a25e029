using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Exchange.Directory;
using Portal.Exchange.Models;

namespace Portal.Exchange.Sending;

/// <summary>
/// Delivers one envelope after its sending committed, in the outbox's background lane (the sender's request
/// does not wait for a broadcast). Unreachable or failing nodes throw, so the outbox retries with backoff, for as
/// long as it takes, while the sender sees "đang chờ gửi" and the node's short answer; an answer (accepted or
/// refused) is final.
/// </summary>
internal sealed class DeliveryHandler(ExchangeDb db, CentralDirectory central, IEnvelopeCourier courier, ITenantAccessor tenants,
    ITenantUnitOfWork unitOfWork, StatusAnnouncement announcement) : IOutboxHandler
{
    /// <summary>
    /// Envelopes on their way at once from one sender: each mostly waits on the recipient's node (its activation, the
    /// opening, its durable commit), so a broadcast overlaps those waits, while a sender's own writes still take turns.
    /// </summary>
    public const int Concurrency = 8;

    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var request = message.Read<DeliveryRequest>();
        var sending = await db.Sendings.FirstOrDefaultAsync(s => s.EnvelopeId == request.EnvelopeId, cancellationToken);
        // A recalled document's undelivered envelopes are not delivered at all.
        if (sending is null || sending.DeliveredUtc is not null || await db.Recalls.AnyAsync(r => r.DocumentId == sending.DocumentId, cancellationToken))
            return;
        DeliveryOutcome outcome;
        try
        {
            var recipient = await central.RequiredAsync(sending.RecipientCode, cancellationToken);
            await using var content = File.OpenRead(SealedFiles.Sent(tenants.Required, sending.ContentId));
            outcome = await courier.DeliverAsync(recipient, sending.Envelope, content, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            sending.LastError = Trim(e.Message);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        sending.LastError = outcome.Accepted ? null : Trim(outcome.Message);
        sending.DeliveredUtc = outcome.Accepted ? StoredTime.UtcNow : null;
        await unitOfWork.InTransactionAsync(async () =>
        {
            if (!outcome.Accepted)
                db.Statuses.Add(new SendingStatus { EnvelopeId = sending.EnvelopeId, Code = ExchangeStatusCodes.Refused, AtUtc = StoredTime.UtcNow, Note = sending.LastError! });
            await db.SaveChangesAsync(cancellationToken);
            if (!outcome.Accepted)
                await announcement.AnnounceAsync(sending, ExchangeStatusCodes.Refused, StoredTime.UtcNow, cancellationToken);
        }, cancellationToken);
    }

    private static string Trim(string text) => text.Length <= 1000 ? text : text[..1000];
}
