using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Exchange.Directory;
using Portal.Exchange.Models;
using Portal.Exchange.Sending;

namespace Portal.Exchange.Receiving;

/// <summary>
/// A status message arriving for an envelope this agency sent: it must come from a node (credential) and be
/// signed by the very agency the envelope went to. Each code is kept once, so a repeated message changes nothing.
/// </summary>
internal sealed class StatusReception(ExchangeDb db, CentralDirectory central, NodeCredential credential, IAuditTrail audit,
    ITenantUnitOfWork unitOfWork, StatusAnnouncement announcement)
{
    public async Task<ReceptionResult> ReceiveAsync(StatusMessage status, string? nodeCredential, CancellationToken cancellationToken)
    {
        if (!credential.Verify(HttpEnvelopeCourier.StatusSubject(status), nodeCredential))
            return new ReceptionResult(ReceptionOutcome.Unauthenticated, "Yêu cầu không đến từ một nút liên thông được xác thực.");
        // Signed by the envelope's recipient, or by the agency it was merged into, which answers for what it inherited.
        var sending = await db.Sendings.AsNoTracking().FirstOrDefaultAsync(s => s.EnvelopeId == status.EnvelopeId, cancellationToken);
        var recipient = sending is null ? null : await central.SpeakerAsync(status.Recipient, sending.RecipientCode, cancellationToken);
        if (recipient is null || !status.IsSignedBy(recipient.SignatureKey))
            return new ReceptionResult(ReceptionOutcome.Refused, "Thông điệp trạng thái không khớp với phong bì đã gửi hoặc chữ ký không hợp lệ.");
        if (await db.Statuses.AnyAsync(s => s.EnvelopeId == status.EnvelopeId && s.Code == status.Code, cancellationToken))
            return new ReceptionResult(ReceptionOutcome.AlreadyReceived, "Đã nhận thông điệp này.");
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.Statuses.Add(new SendingStatus { EnvelopeId = status.EnvelopeId, Code = status.Code, AtUtc = StoredTime.Of(status.AtUtc), Note = status.Note });
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.StatusReceived, AuditOutcome.Succeeded, ExchangeAuditActions.Kind,
                status.EnvelopeId.ToString("N"), $"{status.Code} {ExchangeStatusCodes.Text(status.Code)} từ {recipient.DisplayName}", UserName: "liên thông"),
                cancellationToken);
            await announcement.AnnounceAsync(sending!, status.Code, status.AtUtc, cancellationToken);
        }, cancellationToken);
        return new ReceptionResult(ReceptionOutcome.Accepted, "Đã nhận thông điệp trạng thái.");
    }
}
