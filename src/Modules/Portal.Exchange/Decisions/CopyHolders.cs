using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Exchange.Models;
using Portal.Exchange.Sending;
using Portal.Outgoing;
using Portal.Secrets;

namespace Portal.Exchange.Decisions;

/// <summary>
/// The agencies an issued document was sent to hold copies of it: a decision on it becomes one notice per envelope that
/// reached (or may still reach) its recipient, each carried by its own outbox message in the background lane, in the
/// decision's transaction. Resolvable in every tenant: nothing is written where the exchange is off.
/// </summary>
internal sealed class CopyHolders(ITenantAccessor tenants, IServiceProvider services) : ICopyHoldersElsewhere
{
    public const string Topic = "exchange.decision";

    public async Task TellAsync(SecretDecisionNotice notice, CancellationToken cancellationToken)
    {
        if (notice.Kind != OutgoingFeature.Kind || tenants.Current?.HasFeature(ExchangeFeature.Id) != true)
            return;
        var db = services.GetRequiredService<ExchangeDb>();
        var envelopes = await db.Sendings.AsNoTracking().Where(s => s.DocumentId == notice.DocumentId).Select(s => s.EnvelopeId).ToListAsync(cancellationToken);
        // A recipient that refused the envelope or deleted it on recall holds no copy.
        var gone = await db.Statuses.AsNoTracking()
            .Where(s => envelopes.Contains(s.EnvelopeId) && (s.Code == ExchangeStatusCodes.Refused || s.Code == ExchangeStatusCodes.RecallAccepted))
            .Select(s => s.EnvelopeId).ToListAsync(cancellationToken);
        var holders = envelopes.Except(gone).ToList();
        if (holders.Count == 0)
            return;
        var now = StoredTime.UtcNow;
        var notices = holders.Select(envelopeId => new DecisionNotice
        {
            Id = Guid.NewGuid(), EnvelopeId = envelopeId, DocumentId = notice.DocumentId, Action = notice.Action, Level = notice.Level, EndsOn = notice.EndsOn,
            DecisionNumber = notice.DecisionNumber, DecidedOn = notice.DecidedOn, Reason = notice.Reason, CreatedUtc = now,
        }).ToList();
        db.DecisionNotices.AddRange(notices);
        await db.SaveChangesAsync(cancellationToken);
        var outbox = services.GetRequiredService<IOutbox>();
        foreach (var sent in notices)
            await outbox.AddAsync(Topic, new DecisionRequest(sent.Id), cancellationToken);
        await services.GetRequiredService<IAuditTrail>().RecordAsync(new AuditRecord(ExchangeAuditActions.DecisionSent, AuditOutcome.Succeeded,
            OutgoingFeature.Kind, notice.DocumentId.ToString(CultureInfo.InvariantCulture),
            $"Báo quyết định {notice.Action} {notice.DecisionNumber} cho {notices.Count} cơ quan nhận"), cancellationToken);
    }
}
