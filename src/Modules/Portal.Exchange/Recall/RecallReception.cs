using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Exchange.Directory;
using Portal.Exchange.Models;
using Portal.Exchange.Receiving;
using Portal.Exchange.Sending;

namespace Portal.Exchange.Recall;

/// <summary>
/// A recall (13) arriving for an envelope this agency received: it must come from a node (credential), be
/// addressed to this agency and signed by the envelope's sender. Then it is carried out at once (15 back), or, when the
/// tenant confirms recalls by hand, it waits for the clerk (<see cref="RecallConfirmation"/>).
/// </summary>
internal sealed class RecallReception(ExchangeDb db, CentralDirectory central, AgencyKeys keys, NodeCredential credential,
    RecallConfirmation confirmation, IAuditTrail audit, ITenantUnitOfWork unitOfWork)
{
    public async Task<ReceptionResult> ReceiveAsync(StatusMessage recall, string? nodeCredential, CancellationToken cancellationToken)
    {
        if (!credential.Verify(HttpEnvelopeCourier.StatusSubject(recall), nodeCredential))
            return new ReceptionResult(ReceptionOutcome.Unauthenticated, "Yêu cầu không đến từ một nút liên thông được xác thực.");
        // Agencies merged on either side: this agency answers for those merged into it, the sender's successor for the sender.
        var arrival = recall.Code == ExchangeStatusCodes.RecallRequested && await keys.AnswersForAsync(recall.Recipient, cancellationToken)
            ? await db.Arrivals.FirstOrDefaultAsync(a => a.EnvelopeId == recall.EnvelopeId, cancellationToken)
            : null;
        var sender = arrival is null ? null : await central.SpeakerAsync(recall.Sender, arrival.SenderCode, cancellationToken);
        if (arrival is null || sender is null || !recall.IsSignedBy(sender.SignatureKey))
        {
            const string reason = "Yêu cầu thu hồi không khớp với văn bản đã nhận hoặc chữ ký không hợp lệ.";
            await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.Refused, AuditOutcome.Denied, ExchangeAuditActions.Kind,
                recall.EnvelopeId.ToString("N"), $"từ {recall.Sender}: {reason}", UserName: "liên thông"), cancellationToken);
            return new ReceptionResult(ReceptionOutcome.Refused, reason);
        }
        if (arrival.State is ArrivalState.Recalled or ArrivalState.RecallPending)
            return new ReceptionResult(ReceptionOutcome.AlreadyReceived, "Yêu cầu thu hồi này đã nhận trước đó.");
        var note = recall.Note.Length <= 2000 ? recall.Note : recall.Note[..2000];
        if (await confirmation.ByHandAsync(cancellationToken))
        {
            await unitOfWork.InTransactionAsync(async () =>
            {
                arrival.State = ArrivalState.RecallPending;
                arrival.Note = note;
                await db.SaveChangesAsync(cancellationToken);
                await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.RecallPending, AuditOutcome.Succeeded, ExchangeAuditActions.Kind,
                    recall.EnvelopeId.ToString("N"), $"{sender.DisplayName} ({sender.AgencyCode}) yêu cầu thu hồi; chờ văn thư xác nhận. Lý do: {note}",
                    UserName: "liên thông"), cancellationToken);
            }, cancellationToken);
            return new ReceptionResult(ReceptionOutcome.Accepted, "Đã nhận yêu cầu thu hồi; chờ văn thư xác nhận.");
        }
        await confirmation.AcceptAsync(arrival, note, "liên thông", cancellationToken);
        return new ReceptionResult(ReceptionOutcome.Accepted, "Đã thu hồi và xóa bản nhận.");
    }
}
