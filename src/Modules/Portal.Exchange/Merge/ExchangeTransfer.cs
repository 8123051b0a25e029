using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Exchange.Decisions;
using Portal.Exchange.Directory;
using Portal.Exchange.Models;
using Portal.Exchange.Receiving;
using Portal.Exchange.Recall;
using Portal.Exchange.Sending;
using Portal.Incoming;
using Portal.Outgoing;
using Portal.Reorganisation;

namespace Portal.Exchange.Merge;

/// <summary>
/// Exchange in a merge. The source's encryption key moves first (encrypted for the target), so envelopes sealed for the
/// old code open in the target: those in the source's queue and those still on their way. Each sent document's envelopes,
/// statuses, recall and decision notices follow its outgoing document (its new id from <see cref="MovedDocuments"/>);
/// what the source had not delivered yet is queued again in the target, the very envelope signed by the source as it was
/// sealed (same id, so a recipient that got it already from the source registers nothing twice). Each arrival moves into
/// the target's queue with its sealed copy; its latest status is told again, signed by the target (the sender's node
/// accepts the successor of the agency it sent to). Rows already in the target (same envelope id) are skipped. Once all
/// moved, the directory redirects the old code to the target. In a split that is the main successor; another successor
/// taking a sent document notes its envelopes in the directory's store, so their statuses come to it.
/// </summary>
internal sealed class ExchangeTransfer(ExchangeDb db, AgencyKeys keys, CentralDirectory central, MovedDocuments moved, TenantHost host,
    ITenantAccessor tenants, ITenantUnitOfWork unitOfWork, IAuditTrail audit, IOutbox outbox) : ITenantTransfer
{
    private const string KeyRow = "key";

    public async Task<TransferSummary> SummariseAsync(CancellationToken cancellationToken) =>
        new(await db.Sendings.Select(s => s.DocumentId).Distinct().CountAsync(cancellationToken) + await db.Arrivals.CountAsync(cancellationToken), []);

    public async Task<TransferBatch> ExportAsync(TransferWork work, string? after, int size, CancellationToken cancellationToken)
    {
        var cursor = ExchangeCursor.Parse(after);
        var rows = new List<TransferRow>();
        if (after is null && await db.Keys.AnyAsync(cancellationToken))
            rows.Add(new TransferRow(KeyRow, JsonSerializer.Serialize(await keys.HandOverAsync(work.Target, cancellationToken))));
        if (cursor.Arrivals)
            return await ArrivalsAsync(rows, cursor, size, cancellationToken);
        var documents = await db.Sendings.AsNoTracking().Where(s => s.DocumentId > cursor.After).Select(s => s.DocumentId).Distinct()
            .OrderBy(d => d).Take(size).ToListAsync(cancellationToken);
        var sendings = await db.Sendings.AsNoTracking().Where(s => documents.Contains(s.DocumentId)).ToListAsync(cancellationToken);
        var envelopes = sendings.Select(s => s.EnvelopeId).ToList();
        var statuses = await db.Statuses.AsNoTracking().Where(s => envelopes.Contains(s.EnvelopeId)).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var recalls = await db.Recalls.AsNoTracking().Where(r => documents.Contains(r.DocumentId)).ToListAsync(cancellationToken);
        var notices = await db.DecisionNotices.AsNoTracking().Where(n => documents.Contains(n.DocumentId)).ToListAsync(cancellationToken);
        foreach (var document in documents)
        {
            var own = sendings.Where(s => s.DocumentId == document).ToList();
            rows.Add(new TransferRow($"s:{Id(document)}", JsonSerializer.Serialize(new MovedSendings(document, own,
                statuses.Where(s => own.Any(e => e.EnvelopeId == s.EnvelopeId)).ToList(), recalls.FirstOrDefault(r => r.DocumentId == document),
                notices.Where(n => n.DocumentId == document).ToList()))));
        }
        var next = documents.Count < size ? new ExchangeCursor(true, 0) : new ExchangeCursor(false, documents[^1]);
        return new TransferBatch(rows, next.ToString());
    }

    private async Task<TransferBatch> ArrivalsAsync(List<TransferRow> rows, ExchangeCursor cursor, int size, CancellationToken cancellationToken)
    {
        var from = new DateTime(cursor.After, DateTimeKind.Utc);
        var arrivals = await db.Arrivals.AsNoTracking().Where(a => a.ReceivedUtc > from).OrderBy(a => a.ReceivedUtc).Take(size).ToListAsync(cancellationToken);
        if (arrivals.Count == size)
        {
            // Arrivals at the very same moment go together: the next batch resumes after that moment.
            var last = arrivals[^1].ReceivedUtc;
            var keys = arrivals.Select(a => a.EnvelopeId).ToList();
            arrivals.AddRange(await db.Arrivals.AsNoTracking().Where(a => a.ReceivedUtc == last && !keys.Contains(a.EnvelopeId)).ToListAsync(cancellationToken));
        }
        var envelopes = arrivals.Select(a => a.EnvelopeId).ToList();
        var decisions = await db.ReceivedDecisions.AsNoTracking().Where(d => envelopes.Contains(d.EnvelopeId)).ToListAsync(cancellationToken);
        rows.AddRange(arrivals.Select(a => new TransferRow($"a:{a.SenderCode}:{a.EnvelopeId:N}",
            JsonSerializer.Serialize(new MovedArrival(a, decisions.Where(d => d.SenderCode == a.SenderCode && d.EnvelopeId == a.EnvelopeId).ToList())))));
        return new TransferBatch(rows, arrivals.Count < size ? null : new ExchangeCursor(true, arrivals[^1].ReceivedUtc.Ticks).ToString());
    }

    public async Task<int> ImportAsync(TransferWork work, TransferBatch batch, CancellationToken cancellationToken)
    {
        var source = await host.ActivateAsync(work.Source, cancellationToken)
            ?? throw new InvalidOperationException($"Cơ quan '{work.Source}' không hoạt động.");
        var sent = batch.Rows.Where(r => r.SourceId.StartsWith("s:", StringComparison.Ordinal))
            .Select(r => JsonSerializer.Deserialize<MovedSendings>(r.Json)!).ToList();
        var arrived = batch.Rows.Where(r => r.SourceId.StartsWith("a:", StringComparison.Ordinal))
            .Select(r => JsonSerializer.Deserialize<MovedArrival>(r.Json)!).ToList();
        var documents = await moved.FindAsync(work, sent.Select(s => (OutgoingFeature.Kind, s.DocumentId))
            .Concat(arrived.Where(a => a.Arrival.IncomingDocumentId is not null).Select(a => (IncomingFeature.Kind, a.Arrival.IncomingDocumentId!.Value))),
            cancellationToken);
        var written = 0;
        await unitOfWork.InTransactionAsync(async () =>
        {
            // In a split the main successor takes the key, the queue of unregistered arrivals and the agency code.
            if (batch.Rows.FirstOrDefault(r => r.SourceId == KeyRow) is { } key && work.Takes(null))
                written += await KeyAsync(JsonSerializer.Deserialize<FormerKey>(key.Json)!, cancellationToken);
            foreach (var document in sent)
                written += await SendingsAsync(work, source, document, documents, cancellationToken);
            foreach (var arrival in arrived)
                written += await ArrivalAsync(work, source, arrival, documents, cancellationToken);
        }, cancellationToken);
        return written;
    }

    /// <summary>The directory sends what is addressed to the source's code to the target from now on.</summary>
    public async Task CloseSourceAsync(TransferWork work, CancellationToken cancellationToken)
    {
        if (!work.Takes(null))
            return;
        var code = tenants.Required.Record.AgencyCode;
        await central.RedirectAsync(code, work.Target, work.IsSplit, cancellationToken);
        await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.Redirected, AuditOutcome.Succeeded, ExchangeAuditActions.Kind, code,
            $"Mã định danh {code} chuyển hướng liên thông sang {work.Target} ({work.Occasion})", UserName: work.ApprovedBy), cancellationToken);
    }

    private async Task<int> KeyAsync(FormerKey key, CancellationToken cancellationToken)
    {
        if (await db.FormerKeys.AnyAsync(k => k.AgencyCode == key.AgencyCode, cancellationToken))
            return 0;
        db.FormerKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return 1;
    }

    private async Task<int> SendingsAsync(TransferWork work, TenantContext source, MovedSendings document,
        IReadOnlyDictionary<(string Kind, int Id), int> documents, CancellationToken cancellationToken)
    {
        var documentId = documents.GetValueOrDefault((OutgoingFeature.Kind, document.DocumentId));
        if (documentId == 0)
            return Elsewhere(work, OutgoingFeature.Kind, document.DocumentId);
        var envelopes = document.Sendings.Select(s => s.EnvelopeId).ToList();
        // The old code leads to the main successor: statuses about these envelopes must come here, where their record is.
        if (!work.Takes(null))
            await central.HoldAsync(source.Record.AgencyCode, envelopes, tenants.Required.Record.AgencyCode, cancellationToken);
        var present = await db.Sendings.Where(s => envelopes.Contains(s.EnvelopeId)).Select(s => s.EnvelopeId).ToListAsync(cancellationToken);
        var sendings = document.Sendings.Where(s => !present.Contains(s.EnvelopeId)).ToList();
        if (sendings.Count == 0)
            return 0;
        var final = document.Statuses.Where(s => s.Code is ExchangeStatusCodes.RecallAccepted or ExchangeStatusCodes.RecallRefused)
            .Select(s => s.EnvelopeId).ToHashSet();
        foreach (var sending in sendings)
        {
            sending.DocumentId = documentId;
            db.Sendings.Add(sending);
            if (sending.DeliveredUtc is null && document.Recall is null)
            {
                // Not delivered by the source: the target delivers the same envelope, so it is neither lost nor registered twice.
                CarrySealed(SealedFiles.Sent(source, sending.ContentId), SealedFiles.Sent(tenants.Required, sending.ContentId));
                await outbox.AddAsync(ExchangeSending.DeliveryTopic, new DeliveryRequest(sending.EnvelopeId), cancellationToken);
            }
            else if (document.Recall is { } recall && sending.DeliveredUtc is not null && !final.Contains(sending.EnvelopeId))
                await outbox.AddAsync(DocumentRecalling.Topic, new RecallRequest(sending.EnvelopeId, recall.AtUtc, recall.Reason), cancellationToken);
        }
        foreach (var status in document.Statuses.Where(s => sendings.Any(e => e.EnvelopeId == s.EnvelopeId)))
        {
            status.Id = 0;
            db.Statuses.Add(status);
        }
        if (document.Recall is { } frozen && !await db.Recalls.AnyAsync(r => r.DocumentId == documentId, cancellationToken))
        {
            frozen.DocumentId = documentId;
            db.Recalls.Add(frozen);
        }
        foreach (var notice in document.Notices.Where(n => sendings.Any(e => e.EnvelopeId == n.EnvelopeId)))
        {
            notice.DocumentId = documentId;
            db.DecisionNotices.Add(notice);
            if (notice.DeliveredUtc is null)
                await outbox.AddAsync(CopyHolders.Topic, new DecisionRequest(notice.Id), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.MovedIn, AuditOutcome.Succeeded, OutgoingFeature.Kind, Id(documentId),
            $"Chuyển từ {work.Source} {work.Occasion}: {sendings.Count} phong bì đã gửi (văn bản đi {document.DocumentId} ở đó), " +
            $"{sendings.Count(s => s.DeliveredUtc is null)} chưa chuyển được, nay do {work.Target} chuyển", UserName: work.ApprovedBy), cancellationToken);
        return sendings.Count;
    }

    private async Task<int> ArrivalAsync(TransferWork work, TenantContext source, MovedArrival moved, IReadOnlyDictionary<(string Kind, int Id), int> documents,
        CancellationToken cancellationToken)
    {
        var arrival = moved.Arrival;
        if (await db.Arrivals.AnyAsync(a => a.SenderCode == arrival.SenderCode && a.EnvelopeId == arrival.EnvelopeId, cancellationToken))
            return 0;
        if (arrival.IncomingDocumentId is { } registered)
        {
            var id = documents.GetValueOrDefault((IncomingFeature.Kind, registered));
            if (id == 0)
                return Elsewhere(work, IncomingFeature.Kind, registered);
            arrival.IncomingDocumentId = id;
        }
        else if (!work.Takes(null))
            return 0;
        var sealedCopy = SealedFiles.Received(source, arrival.SenderCode, arrival.EnvelopeId);
        if (File.Exists(sealedCopy))
            CarrySealed(sealedCopy, SealedFiles.Received(tenants.Required, arrival.SenderCode, arrival.EnvelopeId));
        db.Arrivals.Add(arrival);
        db.ReceivedDecisions.AddRange(moved.Decisions);
        await db.SaveChangesAsync(cancellationToken);
        // The source's own acknowledgement may still wait in its outbox, which stops with it: the target tells it again.
        if (LatestStatus(arrival.State) is { } code)
            await outbox.AddAsync(EnvelopeReception.StatusTopic, new StatusRequest(arrival.SenderCode, arrival.EnvelopeId, code, StoredTime.UtcNow,
                arrival.State == ArrivalState.Refused ? arrival.Note : ""), cancellationToken);
        await audit.RecordAsync(new AuditRecord(ExchangeAuditActions.MovedIn, AuditOutcome.Succeeded, ExchangeAuditActions.Kind, arrival.EnvelopeId.ToString("N"),
            $"từ {arrival.SenderName} ({arrival.SenderCode}), nhận ở {work.Source}, chuyển sang {work.Occasion}", UserName: work.ApprovedBy), cancellationToken);
        return 1;
    }

    /// <summary>
    /// A document this target did not receive: in a split it went to another successor, whose step carries its envelopes;
    /// in a merge every document comes, so its absence is an error.
    /// </summary>
    private static int Elsewhere(TransferWork work, string kind, int sourceId) => work.IsSplit ? 0
        : throw new InvalidOperationException($"Văn bản {kind} {sourceId} của {work.Source} chưa được chuyển sang {work.Target}.");

    private static string? LatestStatus(ArrivalState state) => state switch
    {
        ArrivalState.Arrived or ArrivalState.RecallPending => ExchangeStatusCodes.Arrived,
        ArrivalState.Refused => ExchangeStatusCodes.Refused,
        ArrivalState.Registered => ExchangeStatusCodes.Registered,
        ArrivalState.Recalled => ExchangeStatusCodes.RecallAccepted,
        _ => null,
    };

    /// <summary>
    /// A sealed content (ciphertext only) copied into the target's folder through its temporary folder, as every sealed
    /// file is written; already there from an earlier run, it is left.
    /// </summary>
    private void CarrySealed(string from, string to)
    {
        if (File.Exists(to))
            return;
        var temporary = SealedFiles.Temporary(tenants.Required);
        using (var source = File.OpenRead(from))
        using (var copy = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            source.CopyTo(copy);
            copy.Flush(flushToDisk: true);
        }
        SealedFiles.Commit(temporary, to);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
