using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Tenancy;

/// <summary>
/// Work a module does for every active tenant with its feature, every quarter of an hour, in that tenant's scope: dates in
/// Portal are whole days, so that is soon enough after midnight, and a cold tenant's turn comes when it is next in use. One
/// tenant's failure is logged and tried again on the next tick; it does not stop the others'.
/// </summary>
public abstract class TenantWatch(TenantHost host, string featureId, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            foreach (var tenant in host.ActiveTenants.Where(t => t.HasFeature(featureId)))
                await RunAsync(tenant, stoppingToken);
    }

    /// <summary>One tenant's run now (tests call it); false when it failed.</summary>
    public async Task<bool> RunAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        try
        {
            return await host.RunAsync(tenant, async services =>
            {
                await WorkAsync(services, cancellationToken);
                return true;
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "{Watch} of {Tenant} failed", GetType().Name, tenant.Name);
            return false;
        }
    }

    /// <summary>The tenant's work, with its scope's services.</summary>
    protected abstract Task WorkAsync(IServiceProvider services, CancellationToken cancellationToken);
}
