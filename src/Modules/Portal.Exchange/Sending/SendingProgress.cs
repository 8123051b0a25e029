using Microsoft.EntityFrameworkCore;
using Portal.Exchange.Models;

namespace Portal.Exchange.Sending;

/// <summary>Where each envelope of a document stands, per recipient: "Đang chờ gửi" until its node accepted it.</summary>
public sealed class SendingProgress(ExchangeDb db)
{
    public async Task<IReadOnlyList<RecipientProgress>> OfAsync(int documentId, CancellationToken cancellationToken)
    {
        var sendings = await db.Sendings.AsNoTracking().Where(s => s.DocumentId == documentId).OrderBy(s => s.RecipientCode).ToListAsync(cancellationToken);
        var ids = sendings.Select(s => s.EnvelopeId).ToList();
        var statuses = (await db.Statuses.AsNoTracking().Where(s => ids.Contains(s.EnvelopeId)).ToListAsync(cancellationToken))
            .ToLookup(s => s.EnvelopeId);
        var decisions = (await db.DecisionNotices.AsNoTracking().Where(n => n.DocumentId == documentId).ToListAsync(cancellationToken))
            .ToLookup(n => n.EnvelopeId);
        return [.. sendings.Select(s => new RecipientProgress(s.RecipientCode, s.RecipientName, State(s, statuses[s.EnvelopeId]), s.CreatedUtc,
            s.DeliveredUtc, s.LastError,
            [.. statuses[s.EnvelopeId].OrderBy(x => x.AtUtc).ThenBy(x => x.Code, StringComparer.Ordinal).Select(x => new StatusView(x.Code, ExchangeStatusCodes.Text(x.Code), x.AtUtc, x.Note))],
            [.. decisions[s.EnvelopeId].OrderBy(n => n.CreatedUtc).Select(n => new DecisionView(Secrets.SecretDecisionNotice.Actions[n.Action], n.DecisionNumber,
                n.DecidedOn, n.CreatedUtc, n.DeliveredUtc, n.DeliveredUtc is null ? null : n.LastError))]))];
    }

    private static string State(Models.Sending sending, IEnumerable<SendingStatus> statuses)
    {
        var codes = statuses.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        return codes.Contains(ExchangeStatusCodes.Refused) ? "Bị từ chối"
            : codes.Contains(ExchangeStatusCodes.RecallAccepted) ? "Đã thu hồi"
            : codes.Contains(ExchangeStatusCodes.RecallRefused) ? "Từ chối thu hồi"
            : codes.Contains(ExchangeStatusCodes.RecallRequested) ? sending.DeliveredUtc is null ? "Dừng gửi (đã thu hồi)" : "Đang thu hồi"
            : sending.DeliveredUtc is null ? "Đang chờ gửi"
            : "Đã gửi";
    }
}
