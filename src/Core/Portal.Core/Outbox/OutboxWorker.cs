using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Tenancy;

namespace Portal.Core.Outbox;

/// <summary>
/// Replays what a crash left pending when a tenant activates, and retries due messages of the active
/// tenants on a sweep; the background lane of each is only started (a broadcast must not hold the sweep).
/// Cold tenants are not visited: their messages wait for their next activation.
/// </summary>
internal sealed class OutboxWorker(TenantHost host, TenantActivations activations, OutboxDispatcher dispatcher,
    IOptions<PortalOptions> options, ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(ReplayActivatedAsync(stoppingToken), SweepAsync(stoppingToken));

    private async Task ReplayActivatedAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var tenant in activations.Reader.ReadAllAsync(stoppingToken))
                await DispatchAsync(tenant, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OutboxSweep);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var tenant in host.ActiveTenants)
                    await DispatchAsync(tenant, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "Outbox sweep stopped");
        }
    }

    private async Task DispatchAsync(TenantContext tenant, CancellationToken stoppingToken)
    {
        await dispatcher.DispatchAsync(tenant, OutboxLane.AfterCommit, stoppingToken);
        dispatcher.Kick(tenant);
    }
}
