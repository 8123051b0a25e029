using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Exchange.Models;
using Portal.Incoming;
using Portal.Secrets;

namespace Portal.Exchange.Decisions;

/// <summary>
/// Applies the sending agency's decisions to this agency's copy once it is registered (at once when it already is, else
/// when the clerk registers it), in their order of arrival, through the register of state secrets where the tenant keeps one.
/// </summary>
public sealed class CopyDecisions(ExchangeDb db, ITenantAccessor tenants, IServiceProvider services)
{
    /// <summary>In the caller's transaction; the arrival's decisions not yet applied are applied, each once.</summary>
    public async Task ApplyAsync(Arrival arrival, CancellationToken cancellationToken)
    {
        if (arrival is not { State: ArrivalState.Registered, IncomingDocumentId: { } documentId })
            return;
        var pending = await db.ReceivedDecisions.Where(r => r.SenderCode == arrival.SenderCode && r.EnvelopeId == arrival.EnvelopeId && r.AppliedUtc == null)
            .OrderBy(r => r.ReceivedUtc).ToListAsync(cancellationToken);
        var register = tenants.Current?.HasFeature(SecretsFeature.Id) == true ? services.GetService<ISourceDecisions>() : null;
        foreach (var received in pending)
        {
            var decision = JsonSerializer.Deserialize<DecisionMessage>(received.Message)!;
            if (register is not null)
                await register.ApplyAsync(new SecretDecisionNotice(IncomingFeature.Kind, documentId, decision.Action, decision.Level, decision.EndsOn,
                    decision.DecisionNumber, decision.DecidedOn, decision.Reason), arrival.SenderName, cancellationToken);
            received.AppliedUtc = StoredTime.UtcNow;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
