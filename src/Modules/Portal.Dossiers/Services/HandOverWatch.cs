using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Tenancy;

namespace Portal.Dossiers.Services;

/// <summary>
/// Runs <see cref="HandOverWarnings"/> for every active tenant with dossiers, on the day its clock gives (Vietnam time), every
/// quarter of an hour; each dossier is warned once whatever the number of runs. A cold tenant's turn comes when it is next in use.
/// </summary>
public sealed class HandOverWatch(TenantHost host, TimeProvider clock, ILogger<HandOverWatch> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            foreach (var tenant in host.ActiveTenants.Where(t => t.HasFeature(DossiersFeature.Id)))
                await RunAsync(tenant, stoppingToken);
    }

    /// <summary>One tenant's run now (tests call it); one tenant's trouble is logged and tried again on the next tick.</summary>
    public async Task RunAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        try
        {
            var today = DossierClock.Today(clock);
            await host.RunAsync(tenant, async services =>
            {
                await services.GetRequiredService<HandOverWarnings>().RunAsync(today, cancellationToken);
                return true;
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Hand-over warnings of {Tenant} failed", tenant.Name);
        }
    }
}
