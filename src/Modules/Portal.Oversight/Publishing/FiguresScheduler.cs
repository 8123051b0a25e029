using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Tenancy;
using Portal.Oversight.Board;

namespace Portal.Oversight.Publishing;

/// <summary>
/// Publishes each active tenant's figures soon after it activates, every interval while active, and once its changes
/// settle; and asks cold tenants whose figures have grown old, a few at a time, so a quiet agency is not shown silent.
/// </summary>
internal sealed class FiguresScheduler(TenantHost host, TenantStore store, FiguresAsking asking, IServiceScopeFactory scopes,
    IOptions<OversightOptions> options, TimeProvider clock, ILogger<FiguresScheduler> logger) : BackgroundService
{
    private readonly Dictionary<string, DateTime> _asked = new(StringComparer.Ordinal);
    private DateTime _lastColdCheck;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Check, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await PublishActiveAsync(stoppingToken);
            if (clock.GetUtcNow().UtcDateTime - _lastColdCheck >= options.Value.Check * 12)
                await AskColdAsync(stoppingToken);
        }
    }

    private async Task PublishActiveAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        foreach (var tenant in host.ActiveTenants.Where(t => t.HasFeature(OversightFeature.Id)))
        {
            var schedule = tenant.GetOrAdd(() => new PublishSchedule());
            var now = clock.GetUtcNow().UtcDateTime;
            if (!schedule.IsDue(now, o.PublishInterval, o.Debounce))
                continue;
            await TryAsync(tenant.Name, () => asking.AskAsync(tenant, "schedule", cancellationToken));
            schedule.Published(now);
        }
    }

    private async Task AskColdAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        _lastColdCheck = now;
        var o = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var fresh = await scope.ServiceProvider.GetRequiredService<CentralFigures>().ComputedSinceAsync(now - o.AskAfter, cancellationToken);
        var active = host.ActiveTenants.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var due = (await store.ListAsync(cancellationToken))
            .Where(t => t.State == TenantState.Running && !fresh.Contains(t.Name) && !active.Contains(t.Name)
                && (!_asked.TryGetValue(t.Name, out var asked) || now - asked >= o.AskAfter))
            .Take(o.AskBatch).ToList();
        foreach (var tenant in due)
        {
            _asked[tenant.Name] = now;
            await TryAsync(tenant.Name, () => asking.AskAsync(tenant.Name, "stale", cancellationToken));
        }
    }

    private async Task TryAsync(string tenant, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One tenant's trouble must not stop the others; it stays due and is asked again.
            logger.LogError(e, "Publishing the figures of {Tenant} failed", tenant);
        }
    }
}
