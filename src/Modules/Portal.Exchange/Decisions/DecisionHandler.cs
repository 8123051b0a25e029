using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Exchange.Directory;
using Portal.Exchange.Models;
using Portal.Exchange.Sending;

namespace Portal.Exchange.Decisions;

/// <summary>
/// Carries a decision notice to the recipient's node, signed by this agency, in the outbox's background lane, retried
/// like an envelope until that node answers: accepted (delivered) or refused for good (its reason kept). A notice whose
/// envelope has not reached the recipient yet waits for it; one whose envelope was refused has no copy to tell.
/// </summary>
internal sealed class DecisionHandler(ExchangeDb db, CentralDirectory central, AgencyKeys keys, IEnvelopeCourier courier, ITenantAccessor tenants)
    : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var notice = await db.DecisionNotices.FirstOrDefaultAsync(n => n.Id == message.Read<DecisionRequest>().NoticeId, cancellationToken);
        if (notice is null || notice.DeliveredUtc is not null)
            return;
        var sending = await db.Sendings.AsNoTracking().SingleAsync(s => s.EnvelopeId == notice.EnvelopeId, cancellationToken);
        if (sending.DeliveredUtc is null)
        {
            if (await db.Statuses.AnyAsync(s => s.EnvelopeId == sending.EnvelopeId && s.Code == ExchangeStatusCodes.Refused, cancellationToken))
                return;
            throw new InvalidOperationException("Phong bì chưa đến cơ quan nhận: báo quyết định sau khi phong bì đến.");
        }
        DeliveryOutcome outcome;
        try
        {
            var recipient = await central.RequiredAsync(sending.RecipientCode, cancellationToken);
            using var key = await keys.SignatureKeyAsync(cancellationToken);
            var unsigned = new DecisionMessage(notice.Id, notice.EnvelopeId, tenants.Required.Record.AgencyCode, sending.RecipientCode, notice.Action,
                notice.Level, notice.EndsOn, notice.DecisionNumber, notice.DecidedOn, notice.Reason, notice.CreatedUtc, []);
            outcome = await courier.PostDecisionAsync(recipient, unsigned.SignedWith(key), cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            notice.LastError = e.Message.Length <= 1000 ? e.Message : e.Message[..1000];
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        notice.DeliveredUtc = StoredTime.UtcNow;
        notice.LastError = outcome.Accepted ? null : outcome.Message.Length <= 1000 ? outcome.Message : outcome.Message[..1000];
        await db.SaveChangesAsync(cancellationToken);
    }
}
