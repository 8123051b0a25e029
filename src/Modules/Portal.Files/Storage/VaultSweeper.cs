using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Tenancy;

namespace Portal.Files.Storage;

/// <summary>Sweeps each active tenant's vault soon after it activates, then every sweep interval while it is in use.</summary>
internal sealed class VaultSweeper(TenantHost host, IOptions<FilesOptions> options, ILogger<VaultSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepCheck);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var tenant in host.ActiveTenants.Where(t => t.HasFeature(FilesFeature.Id)))
            {
                var schedule = tenant.GetOrAdd(() => new SweepSchedule());
                var now = DateTime.UtcNow;
                if (!schedule.IsDue(now, options.Value.SweepInterval, tenant.LastAccessUtc))
                    continue;
                try
                {
                    var result = await host.RunAsync(tenant, services =>
                        services.GetRequiredService<VaultSweep>().SweepAsync(options.Value.OrphanGrace, stoppingToken));
                    schedule.LastSweepUtc = DateTime.UtcNow;
                    if (result.OrphanBlobs + result.StaleTemporaryFiles > 0)
                        logger.LogInformation("Vault of {Tenant}: removed {Orphans} orphan blobs and {Temporary} temporary files",
                            tenant.Name, result.OrphanBlobs, result.StaleTemporaryFiles);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Retried on the next tick; one tenant's trouble must not stop the others' sweeps.
                    logger.LogError(e, "Vault sweep of {Tenant} failed", tenant.Name);
                }
            }
        }
    }
}
