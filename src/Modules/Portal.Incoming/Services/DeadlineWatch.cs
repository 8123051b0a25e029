using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Tenancy;

namespace Portal.Incoming.Services;

/// <summary>
/// Runs <see cref="DeadlineNotices"/> once a Vietnam day for every active tenant with incoming documents, at the first
/// quarter-hour tick of the day it is in use; the notices' source keys make a repeat tell no one twice.
/// </summary>
public sealed class DeadlineWatch(TenantHost host, TimeProvider clock, ILogger<DeadlineWatch> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var today = VietnamClock.DateOf(clock.GetUtcNow().UtcDateTime);
            foreach (var tenant in host.ActiveTenants.Where(t => t.HasFeature(IncomingFeature.Id)))
            {
                var last = tenant.GetOrAdd(() => new DeadlineWatchDay());
                if (last.Day != today && await RunAsync(tenant, stoppingToken))
                    last.Day = today;
            }
        }
    }

    /// <summary>One tenant's run now (tests call it); false when it failed, to be tried again on the next tick.</summary>
    public async Task<bool> RunAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        try
        {
            await host.RunAsync(tenant, async services => await services.GetRequiredService<DeadlineNotices>().RunAsync(cancellationToken));
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One tenant's trouble must not stop the others'.
            logger.LogError(e, "Deadline notices of {Tenant} failed", tenant.Name);
            return false;
        }
    }
}
