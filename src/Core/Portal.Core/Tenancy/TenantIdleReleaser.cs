using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Core.Tenancy;

/// <summary>Releases tenants that have had no request for the configured idle time, and those whose settings changed elsewhere.</summary>
internal sealed class TenantIdleReleaser(TenantHost host, IOptions<PortalOptions> options, ILogger<TenantIdleReleaser> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TenantIdleSweep);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                host.ReleaseIdle(options.Value.TenantIdleTimeout);
                await host.RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed sweep is retried on the next tick; it must not stop the server.
                logger.LogError(e, "Tenant sweep failed");
            }
        }
    }
}
