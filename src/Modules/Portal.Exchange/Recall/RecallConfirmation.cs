using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Core.Settings;
using Portal.Core.Tenancy;
using Portal.Exchange.Models;
using Portal.Exchange.Receiving;
using Portal.Exchange.Sending;
using Portal.Incoming;

namespace Portal.Exchange.Recall;

/// <summary>
/// Carrying out a recall on the receiving side, and who decides it: by default the recall is accepted as it
/// arrives; when the tenant's setting <see cref="ByHandKey"/> is "true" it waits in the clerk's queue, and the
/// clerk accepts it (the same deletion, 15) or refuses it with a reason (16, the copy kept as it was).
/// </summary>
public sealed class RecallConfirmation(ExchangeDb db, ArrivalQueue queue, IIncomingIntake intake, IOutbox outbox, IAuditTrail audit,
    ITenantUnitOfWork unitOfWork, ITenantAccessor tenants, ITenantSettings settings)
{
    public const string ByHandKey = "Exchange.Recall.ConfirmedByHand";

    public async Task<bool> ByHandAsync(CancellationToken cancellationToken) =>
        bool.TryParse(await settings.GetAsync(ByHandKey, cancellationToken), out var byHand) && byHand;

    /// <summary>
    /// Deletes the copy — the sealed content and, when registered, the incoming document's files and everyone's
    /// access but the registering clerk's (its register entry kept, marked recalled) — and queues 15 back.
    /// </summary>
    internal async Task AcceptAsync(Arrival arrival, string note, string? userName, CancellationToken cancellationToken)
    {
        await unitOfWork.InTransactionAsync(async () =>
        {
            if (arrival is { IncomingDocumentId: { } documentId })
                await intake.RecallAsync(documentId, note, cancellationToken);
            arrival.State = ArrivalState.Recalled;
            arrival.Note = note;
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.Recalled, AuditOutcome.Succeeded, ExchangeAuditActions.Kind,
                arrival.EnvelopeId.ToString("N"), $"{arrival.SenderName} ({arrival.SenderCode}) thu hồi; đã xóa bản nhận. Lý do: {note}",
                UserName: userName), cancellationToken);
            await outbox.AddAsync(EnvelopeReception.StatusTopic,
                new StatusRequest(arrival.SenderCode, arrival.EnvelopeId, ExchangeStatusCodes.RecallAccepted, StoredTime.UtcNow, ""), cancellationToken);
        }, cancellationToken);
        File.Delete(SealedFiles.Received(tenants.Required, arrival.SenderCode, arrival.EnvelopeId));
    }

    /// <summary>The clerk accepts a recall waiting for confirmation; false when there is no such envelope for this clerk.</summary>
    public async Task<bool> ConfirmAsync(string senderCode, Guid envelopeId, int clearance, CancellationToken cancellationToken)
    {
        var arrival = await WaitingAsync(senderCode, envelopeId, clearance, cancellationToken);
        if (arrival is null)
            return false;
        await AcceptAsync(arrival, arrival.Note, null, cancellationToken);
        return true;
    }

    /// <summary>
    /// The clerk refuses a recall waiting for confirmation: the copy stays as it was (registered or waiting to be),
    /// the reason goes back with 16. False when there is no such envelope for this clerk.
    /// </summary>
    public async Task<bool> RefuseAsync(string senderCode, Guid envelopeId, int clearance, string? reason, CancellationToken cancellationToken)
    {
        var note = reason?.Trim() ?? "";
        if (note.Length is 0 or > 2000)
            throw new RequestRefusedException("Nhập lý do từ chối thu hồi (không quá 2.000 ký tự) để gửi lại cơ quan gửi.");
        var arrival = await WaitingAsync(senderCode, envelopeId, clearance, cancellationToken);
        if (arrival is null)
            return false;
        await unitOfWork.InTransactionAsync(async () =>
        {
            arrival.State = arrival.IncomingDocumentId is null ? ArrivalState.Arrived : ArrivalState.Registered;
            arrival.Note = $"Đã từ chối thu hồi: {note}";
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.RecallRefused, AuditOutcome.Succeeded, ExchangeAuditActions.Kind,
                envelopeId.ToString("N"), $"yêu cầu thu hồi của {arrival.SenderName} ({senderCode}): {note}"), cancellationToken);
            await outbox.AddAsync(EnvelopeReception.StatusTopic,
                new StatusRequest(senderCode, envelopeId, ExchangeStatusCodes.RecallRefused, StoredTime.UtcNow, note), cancellationToken);
        }, cancellationToken);
        return true;
    }

    private async Task<Arrival?> WaitingAsync(string senderCode, Guid envelopeId, int clearance, CancellationToken cancellationToken)
    {
        var arrival = await queue.FindAsync(senderCode, envelopeId, clearance, cancellationToken);
        if (arrival is { State: not ArrivalState.RecallPending })
            throw new RequestRefusedException("Văn bản này không có yêu cầu thu hồi nào chờ xác nhận.");
        return arrival;
    }
}
