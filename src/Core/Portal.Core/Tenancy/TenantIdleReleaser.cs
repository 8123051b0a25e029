using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Portal.Core.Tenancy;

/// <summary>Releases tenants that have had no request for the configured idle time.</summary>
internal sealed class TenantIdleReleaser(TenantHost host, IOptions<PortalOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TenantIdleSweep);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            host.ReleaseIdle(options.Value.TenantIdleTimeout);
    }
}
