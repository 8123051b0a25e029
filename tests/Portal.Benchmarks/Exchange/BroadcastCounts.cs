using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;
using Portal.Exchange.Models;
using Portal.Exchange.Sending;

namespace Portal.Benchmarks.Exchange;

/// <summary>The sender's own rows for one document: envelopes delivered and acknowledged (01), running and disabled recipients apart.</summary>
public sealed record BroadcastCounts(int Running, int RunningDelivered, int RunningAcknowledged, int Disabled, int DisabledDelivered,
    int DisabledAcknowledged)
{
    public int Progress => RunningDelivered + RunningAcknowledged + DisabledDelivered + DisabledAcknowledged;

    public static async Task<BroadcastCounts> OfAsync(TenantHost host, int documentId, IReadOnlySet<string> disabled)
    {
        var tenant = await host.ActivateAsync(TenantRecord.DefaultName) ?? throw new InvalidOperationException("The central office is not running.");
        return await host.RunAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<ExchangeDb>();
            var sendings = await db.Sendings.AsNoTracking().Where(s => s.DocumentId == documentId)
                .Select(s => new { s.EnvelopeId, s.RecipientCode, Delivered = s.DeliveredUtc != null }).ToListAsync();
            var acknowledged = (await db.Statuses.AsNoTracking().Where(s => s.Code == ExchangeStatusCodes.Arrived
                    && db.Sendings.Any(x => x.DocumentId == documentId && x.EnvelopeId == s.EnvelopeId))
                .Select(s => s.EnvelopeId).ToListAsync()).ToHashSet();
            var running = sendings.Where(s => !disabled.Contains(s.RecipientCode)).ToList();
            var off = sendings.Where(s => disabled.Contains(s.RecipientCode)).ToList();
            return new BroadcastCounts(running.Count, running.Count(s => s.Delivered), running.Count(s => acknowledged.Contains(s.EnvelopeId)),
                off.Count, off.Count(s => s.Delivered), off.Count(s => acknowledged.Contains(s.EnvelopeId)));
        });
    }
}
