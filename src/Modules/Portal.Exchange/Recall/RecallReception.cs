using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Exchange.Directory;
using Portal.Exchange.Models;
using Portal.Exchange.Receiving;
using Portal.Exchange.Sending;
using Portal.Incoming;

namespace Portal.Exchange.Recall;

/// <summary>
/// A recall (13) arriving for an envelope this agency received: it must come from a node (credential), be
/// addressed to this agency and signed by the envelope's sender. The copy is deleted — the sealed content, and
/// when it was registered the incoming document's files and everyone's access but the registering clerk's,
/// its register entry kept and marked recalled — audited, and 15 goes back to the sender.
/// </summary>
internal sealed class RecallReception(ExchangeDb db, CentralDirectory central, NodeCredential credential, IIncomingIntake intake, IOutbox outbox,
    IAuditTrail audit, ITenantUnitOfWork unitOfWork, ITenantAccessor tenants)
{
    public async Task<ReceptionResult> ReceiveAsync(StatusMessage recall, string? nodeCredential, CancellationToken cancellationToken)
    {
        if (!credential.Verify(HttpEnvelopeCourier.StatusSubject(recall), nodeCredential))
            return new ReceptionResult(ReceptionOutcome.Unauthenticated, "Yêu cầu không đến từ một nút liên thông được xác thực.");
        var tenant = tenants.Required;
        var arrival = recall.Recipient == tenant.Record.AgencyCode && recall.Code == ExchangeStatusCodes.RecallRequested
            ? await db.Arrivals.FirstOrDefaultAsync(a => a.SenderCode == recall.Sender && a.EnvelopeId == recall.EnvelopeId, cancellationToken)
            : null;
        var sender = arrival is null ? null : await central.FindAsync(recall.Sender, cancellationToken);
        if (arrival is null || sender is null || !recall.IsSignedBy(sender.SignatureKey))
        {
            const string reason = "Yêu cầu thu hồi không khớp với văn bản đã nhận hoặc chữ ký không hợp lệ.";
            await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.Refused, AuditOutcome.Denied, ExchangeAuditActions.Kind,
                recall.EnvelopeId.ToString("N"), $"từ {recall.Sender}: {reason}", UserName: "liên thông"), cancellationToken);
            return new ReceptionResult(ReceptionOutcome.Refused, reason);
        }
        if (arrival.State == ArrivalState.Recalled)
            return new ReceptionResult(ReceptionOutcome.AlreadyReceived, "Văn bản đã được thu hồi trước đó.");
        var note = recall.Note.Length <= 2000 ? recall.Note : recall.Note[..2000];
        await unitOfWork.InTransactionAsync(async () =>
        {
            if (arrival is { State: ArrivalState.Registered, IncomingDocumentId: { } documentId })
                await intake.RecallAsync(documentId, note, cancellationToken);
            arrival.State = ArrivalState.Recalled;
            arrival.Note = note;
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.Recalled, AuditOutcome.Succeeded, ExchangeAuditActions.Kind,
                recall.EnvelopeId.ToString("N"), $"{sender.DisplayName} ({sender.AgencyCode}) thu hồi; đã xóa bản nhận. Lý do: {note}", UserName: "liên thông"),
                cancellationToken);
            await outbox.AddAsync(EnvelopeReception.StatusTopic,
                new StatusRequest(recall.Sender, recall.EnvelopeId, ExchangeStatusCodes.RecallAccepted, StoredTime.UtcNow, ""), cancellationToken);
        }, cancellationToken);
        File.Delete(SealedFiles.Received(tenant, recall.Sender, recall.EnvelopeId));
        return new ReceptionResult(ReceptionOutcome.Accepted, "Đã thu hồi và xóa bản nhận.");
    }
}
