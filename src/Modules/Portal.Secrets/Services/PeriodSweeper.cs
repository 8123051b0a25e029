using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Tenancy;

namespace Portal.Secrets.Services;

/// <summary>
/// Runs <see cref="PeriodEnds"/> for every active tenant with the register, on the day its clock gives (Vietnam time),
/// every quarter of an hour: periods end on whole days, so that is soon enough after midnight. A cold tenant's turn comes
/// when it is next in use.
/// </summary>
public sealed class PeriodSweeper(TenantHost host, TimeProvider clock, ILogger<PeriodSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await SweepAsync(stoppingToken);
    }

    public Task SweepAsync(CancellationToken cancellationToken) => SweepAsync(host.ActiveTenants, cancellationToken);

    /// <summary>One active tenant's sweep: a test that sets the clock decades ahead must not end the periods of other tenants.</summary>
    public Task SweepAsync(string tenantName, CancellationToken cancellationToken) =>
        SweepAsync(host.ActiveTenants.Where(t => t.Name == tenantName), cancellationToken);

    private async Task SweepAsync(IEnumerable<TenantContext> tenants, CancellationToken cancellationToken)
    {
        var today = SecretClock.Today(clock);
        foreach (var tenant in tenants.Where(t => t.HasFeature(SecretsFeature.Id)))
        {
            try
            {
                await host.RunAsync(tenant, async services =>
                {
                    await services.GetRequiredService<PeriodEnds>().RunAsync(today, cancellationToken);
                    return true;
                });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Tried again on the next tick; one tenant's trouble must not stop the others'.
                logger.LogError(e, "Protection period sweep of {Tenant} failed", tenant.Name);
            }
        }
    }
}
