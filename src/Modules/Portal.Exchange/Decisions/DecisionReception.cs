using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Exchange.Directory;
using Portal.Exchange.Models;
using Portal.Exchange.Receiving;
using Portal.Exchange.Sending;
using Portal.Secrets;

namespace Portal.Exchange.Decisions;

/// <summary>
/// A decision arriving on an envelope this agency received: it must come from a node (credential), be addressed to this
/// agency, name a decision Portal knows and be signed by the envelope's sender, or it is refused and audited. Kept once
/// (a repeated notice changes nothing), audited, and applied to the copy when it is registered.
/// </summary>
internal sealed class DecisionReception(ExchangeDb db, CentralDirectory central, AgencyKeys keys, NodeCredential credential, CopyDecisions copies,
    IAuditTrail audit, ITenantUnitOfWork unitOfWork)
{
    public async Task<ReceptionResult> ReceiveAsync(DecisionMessage decision, string? nodeCredential, CancellationToken cancellationToken)
    {
        if (!credential.Verify(decision.Subject(), nodeCredential))
            return new ReceptionResult(ReceptionOutcome.Unauthenticated, "Yêu cầu không đến từ một nút liên thông được xác thực.");
        // As for a recall: merged agencies on either side answer through their successors.
        var arrival = await keys.AnswersForAsync(decision.Recipient, cancellationToken)
            ? await db.Arrivals.FirstOrDefaultAsync(a => a.EnvelopeId == decision.EnvelopeId, cancellationToken)
            : null;
        var sender = arrival is null ? null : await central.SpeakerAsync(decision.Sender, arrival.SenderCode, cancellationToken);
        if (arrival is null || sender is null || !SecretDecisionNotice.Actions.ContainsKey(decision.Action) || decision.Reason.Length > 1000
            || decision.DecisionNumber.Length > 100 || !decision.IsSignedBy(sender.SignatureKey))
        {
            const string reason = "Thông báo quyết định không khớp với văn bản đã nhận hoặc chữ ký không hợp lệ.";
            await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.Refused, AuditOutcome.Denied, ExchangeAuditActions.Kind,
                decision.EnvelopeId.ToString("N"), $"từ {decision.Sender}: {reason}", UserName: "liên thông"), cancellationToken);
            return new ReceptionResult(ReceptionOutcome.Refused, reason);
        }
        if (await db.ReceivedDecisions.AnyAsync(r => r.SenderCode == arrival.SenderCode && r.NoticeId == decision.NoticeId, cancellationToken))
            return new ReceptionResult(ReceptionOutcome.AlreadyReceived, "Đã nhận thông báo quyết định này.");
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.ReceivedDecisions.Add(new ReceivedDecision
            {
                SenderCode = arrival.SenderCode, NoticeId = decision.NoticeId, EnvelopeId = decision.EnvelopeId, Message = JsonSerializer.Serialize(decision),
                ReceivedUtc = StoredTime.UtcNow,
            });
            await db.SaveChangesAsync(cancellationToken);
            await copies.ApplyAsync(arrival, cancellationToken);
            await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.DecisionReceived, AuditOutcome.Succeeded, ExchangeAuditActions.Kind,
                decision.EnvelopeId.ToString("N"), $"{sender.DisplayName} ({sender.AgencyCode}): {decision.Action} theo {decision.DecisionNumber}",
                UserName: "liên thông"), cancellationToken);
        }, cancellationToken);
        return new ReceptionResult(ReceptionOutcome.Accepted, "Đã nhận thông báo quyết định.");
    }
}
