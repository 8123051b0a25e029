using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Exchange.Models;
using Portal.Exchange.Sending;

namespace Portal.Exchange.Receiving;

/// <summary>
/// The clerk's queue of electronic incoming documents. A clerk sees only envelopes at or below their
/// clearance (an envelope above it is missing to them: 404); refusing one keeps its line with the reason,
/// deletes the sealed content, and sends 02 with the reason back to the sender.
/// </summary>
public sealed class ArrivalQueue(ExchangeDb db, IOutbox outbox, IAuditTrail audit, ITenantUnitOfWork unitOfWork, ITenantAccessor tenants)
{
    public async Task<IReadOnlyList<ArrivalView>> ListAsync(int clearance, CancellationToken cancellationToken)
    {
        var arrivals = await db.Arrivals.AsNoTracking().OrderByDescending(a => a.ReceivedUtc).ToListAsync(cancellationToken);
        return [.. arrivals.Select(View).Where(v => v.Level <= clearance)];
    }

    /// <summary>The arrival, tracked; null when there is no such envelope for this clerk (missing or above their clearance).</summary>
    public async Task<Arrival?> FindAsync(string senderCode, Guid envelopeId, int clearance, CancellationToken cancellationToken)
    {
        var arrival = await db.Arrivals.FirstOrDefaultAsync(a => a.SenderCode == senderCode && a.EnvelopeId == envelopeId, cancellationToken);
        return arrival is null || View(arrival).Level > clearance ? null : arrival;
    }

    /// <summary>False when there is no such envelope for this clerk (missing or above their clearance).</summary>
    public async Task<bool> RefuseAsync(string senderCode, Guid envelopeId, int clearance, string? reason, CancellationToken cancellationToken)
    {
        var arrival = await FindAsync(senderCode, envelopeId, clearance, cancellationToken);
        if (arrival is null)
            return false;
        var note = reason?.Trim() ?? "";
        if (note.Length is 0 or > 2000)
            throw new RequestRefusedException("Nhập lý do từ chối tiếp nhận (không quá 2.000 ký tự) để gửi lại cơ quan gửi.");
        if (arrival.State != ArrivalState.Arrived)
            throw new RequestRefusedException("Văn bản này đã được xử lý, không từ chối được nữa.");
        await unitOfWork.InTransactionAsync(async () =>
        {
            arrival.State = ArrivalState.Refused;
            arrival.Note = note;
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.RefusedByClerk, AuditOutcome.Succeeded, ExchangeAuditActions.Kind,
                envelopeId.ToString("N"), $"từ {arrival.SenderName} ({senderCode}): {note}"), cancellationToken);
            // An imported edXML package (sealed by this agency for itself) has no node to tell.
            if (senderCode != tenants.Required.Record.AgencyCode)
                await outbox.AddAsync(EnvelopeReception.StatusTopic,
                    new StatusRequest(senderCode, envelopeId, ExchangeStatusCodes.Refused, StoredTime.UtcNow, note), cancellationToken);
        }, cancellationToken);
        File.Delete(SealedFiles.Received(tenants.Required, senderCode, envelopeId));
        return true;
    }

    internal static RoutingFields Routing(Arrival arrival) =>
        JsonSerializer.Deserialize<RoutingFields>(JsonSerializer.Deserialize<SealedEnvelope>(arrival.Envelope)!.Header.Metadata)!;

    public static ArrivalView View(Arrival arrival)
    {
        var routing = Routing(arrival);
        return new ArrivalView(arrival.SenderCode, arrival.SenderName, arrival.EnvelopeId, routing.NumberSymbol, routing.IssuedOn, routing.Level,
            routing.Urgency, arrival.ReceivedUtc, StateText(arrival.State), arrival.Note, arrival.IncomingDocumentId);
    }

    /// <summary>The arrival's state as the clerk's queue and the central office's figures name it.</summary>
    internal static string StateText(ArrivalState state) => state switch
    {
        ArrivalState.Refused => "Đã từ chối",
        ArrivalState.Registered => "Đã vào sổ",
        ArrivalState.Recalled => "Đã thu hồi",
        ArrivalState.RecallPending => "Chờ xác nhận thu hồi",
        _ => "Chờ vào sổ",
    };
}
