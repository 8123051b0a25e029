using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Exchange.Models;
using Portal.Exchange.Sending;

namespace Portal.Exchange.Recall;

/// <summary>
/// "Thu hồi" on a sent document: the recall is recorded (freezing the document: no further sending), each
/// envelope gets its 13 on the sender's side, and one recall message per recipient goes through the outbox;
/// the audit entry commits with them. Each recipient answers later with 15 (or 16).
/// </summary>
public sealed class DocumentRecalling(ExchangeDb db, IOutbox outbox, IAuditTrail audit, ITenantUnitOfWork unitOfWork)
{
    public const string Topic = "exchange.recall";

    public async Task RecallAsync(int documentId, string? reason, string byName, CancellationToken cancellationToken)
    {
        var note = reason?.Trim() ?? "";
        if (note.Length is 0 or > 2000)
            throw new RequestRefusedException("Nhập lý do thu hồi (không quá 2.000 ký tự) để gửi các cơ quan nhận.");
        var sendings = await db.Sendings.AsNoTracking().Where(s => s.DocumentId == documentId).ToListAsync(cancellationToken);
        if (sendings.Count == 0)
            throw new RequestRefusedException("Văn bản chưa được gửi liên thông cho cơ quan nào: không có gì để thu hồi.");
        if (await db.Recalls.AnyAsync(r => r.DocumentId == documentId, cancellationToken))
            throw new RequestRefusedException("Văn bản này đã được thu hồi.");
        await unitOfWork.InTransactionAsync(async () =>
        {
            var now = StoredTime.UtcNow;
            db.Recalls.Add(new DocumentRecall { DocumentId = documentId, Reason = note, ByName = byName, AtUtc = now });
            foreach (var sending in sendings)
                db.Statuses.Add(new SendingStatus { EnvelopeId = sending.EnvelopeId, Code = ExchangeStatusCodes.RecallRequested, AtUtc = now, Note = note });
            await db.SaveChangesAsync(cancellationToken);
            foreach (var sending in sendings)
                await outbox.AddAsync(Topic, new RecallRequest(sending.EnvelopeId, now, note), cancellationToken);
            await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.RecallSent, AuditOutcome.Succeeded, Outgoing.OutgoingFeature.Kind,
                documentId.ToString(CultureInfo.InvariantCulture), $"Thu hồi từ {sendings.Count} cơ quan nhận: {note}"), cancellationToken);
        }, cancellationToken);
    }

    public Task<bool> IsRecalledAsync(int documentId, CancellationToken cancellationToken) =>
        db.Recalls.AnyAsync(r => r.DocumentId == documentId, cancellationToken);
}
