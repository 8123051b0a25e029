using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Tenancy;

namespace Portal.Core.Outbox;

/// <summary>
/// Runs a tenant's due messages in order, each in a scope of its own, lane by lane (<see cref="OutboxLane"/>): the
/// after-commit lane once a commit wrote to it, when the tenant activates (what a crash left pending) and on the
/// sweep; the background lane on a task of its own, asked for by the same events (<see cref="Kick"/>). Handled
/// messages are deleted once their batch is flushed (<see cref="IOutboxFlush"/>); a failed one is retried with
/// backoff. One dispatch at a time per tenant and lane in this process; another process may run the same message
/// too, which handlers tolerate (at least once).
/// </summary>
public sealed class OutboxDispatcher(TenantHost host, IEnumerable<OutboxRoute> routes, IHostApplicationLifetime lifetime, ILogger<OutboxDispatcher> logger)
{
    private readonly string[] _background = routes.Where(r => r.Lane == OutboxLane.Background).Select(r => r.Topic).Distinct().ToArray();

    private readonly Dictionary<string, int> _concurrency = routes.GroupBy(r => r.Topic).ToDictionary(g => g.Key, g => g.Min(r => r.Concurrency));

    public OutboxLane LaneOf(string topic) => _background.Contains(topic) ? OutboxLane.Background : OutboxLane.AfterCommit;

    /// <summary>Everything due in both lanes, awaited (tests, tools).</summary>
    public async Task DispatchAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        await DispatchAsync(tenant, OutboxLane.AfterCommit, cancellationToken);
        await DispatchAsync(tenant, OutboxLane.Background, cancellationToken);
    }

    /// <summary>
    /// Runs what is due in the lane. The tenant is held (not released by the idle timeout or the cap) while this runs,
    /// and afterwards for as long as messages of the lane wait for a retry, so the sweep keeps retrying them.
    /// </summary>
    public async Task DispatchAsync(TenantContext tenant, OutboxLane lane, CancellationToken cancellationToken)
    {
        // An archive sends and changes nothing: what its outbox held was carried to the agency it was merged into.
        if (tenant.IsArchived)
            return;
        var gates = tenant.GetOrAdd(() => new OutboxGate());
        var gate = gates.For(lane);
        host.Hold(tenant);
        try
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                while (await RunBatchAsync(tenant, lane, gates, cancellationToken) == OutboxLimits.BatchSize)
                {
                }
                if (gates.NeedsLook(lane))
                    await SettleAsync(tenant, lane, gates, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The change is committed whatever happens here; what is left is retried on the next sweep.
                logger.LogError(e, "Outbox dispatch failed in tenant {Tenant}", tenant.Name);
            }
            finally
            {
                gate.Release();
            }
        }
        finally
        {
            host.Leave(tenant);
        }
    }

    /// <summary>Holds the tenant while messages of the lane wait for a retry, lets it go once none does.</summary>
    private async Task SettleAsync(TenantContext tenant, OutboxLane lane, OutboxGate gates, CancellationToken cancellationToken)
    {
        var background = lane == OutboxLane.Background;
        var waiting = !tenant.Released && await host.RunAsync(tenant, services => services.GetRequiredService<OutboxDb>().Messages
            .AnyAsync(m => m.FailedUtc == null && _background.Contains(m.Topic) == background, cancellationToken));
        if (!gates.Settle(lane, waiting))
            return;
        if (waiting)
            host.Hold(tenant);
        else
            host.Leave(tenant);
    }

    /// <summary>Runs the tenant's background lane on a task of its own, unless a run is already waiting to.</summary>
    public void Kick(TenantContext tenant)
    {
        if (tenant.IsArchived)
            return;
        var gate = tenant.GetOrAdd(() => new OutboxGate());
        if (!gate.QueueBackground())
            return;
        var stopping = lifetime.ApplicationStopping;
        // A run asked for is work in flight: the tenant is not released before it has started.
        host.Hold(tenant);
        _ = Task.Run(async () =>
        {
            try
            {
                await gate.Background.WaitAsync(stopping);
                gate.BackgroundStarted();
                gate.Background.Release();
                await DispatchAsync(tenant, OutboxLane.Background, stopping);
            }
            finally
            {
                host.Leave(tenant);
            }
        }, stopping).ContinueWith(t => logger.LogDebug(t.Exception, "Background outbox run stopped in tenant {Tenant}", tenant.Name),
            TaskContinuationOptions.NotOnRanToCompletion);
    }

    /// <summary>Pending and failed messages, for tests and diagnostics.</summary>
    public Task<IReadOnlyList<OutboxMessage>> ListAsync(TenantContext tenant, CancellationToken cancellationToken) =>
        host.RunAsync<IReadOnlyList<OutboxMessage>>(tenant, async services =>
            await services.GetRequiredService<OutboxDb>().Messages.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken));

    private async Task<int> RunBatchAsync(TenantContext tenant, OutboxLane lane, OutboxGate gates, CancellationToken cancellationToken)
    {
        var background = lane == OutboxLane.Background;
        var due = await host.RunAsync(tenant, async services =>
        {
            var now = StoredTime.UtcNow;
            return await services.GetRequiredService<OutboxDb>().Messages.AsNoTracking()
                .Where(m => m.FailedUtc == null && m.NextAttemptUtc <= now && _background.Contains(m.Topic) == background)
                .OrderBy(m => m.Id).Take(OutboxLimits.BatchSize).ToListAsync(cancellationToken);
        });
        var handled = new List<long>();
        // In id order, except that a run of one topic whose route allows it goes several at once.
        foreach (var run in Runs(due))
        {
            var width = new ParallelOptions { MaxDegreeOfParallelism = _concurrency.GetValueOrDefault(run[0].Topic, 1), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(run, width, async (message, token) =>
            {
                if (await host.RunAsync(tenant, services => RunAsync(services, tenant, message, token)))
                {
                    lock (handled)
                        handled.Add(message.Id);
                }
            });
        }
        if (handled.Count > 0)
            await host.RunAsync(tenant, services => CompleteAsync(services, tenant, handled, cancellationToken));
        if (handled.Count < due.Count)
            gates.Unsettle(lane);
        return due.Count;
    }

    private static IEnumerable<List<OutboxMessage>> Runs(List<OutboxMessage> due)
    {
        var run = new List<OutboxMessage>();
        foreach (var message in due)
        {
            if (run.Count > 0 && run[0].Topic != message.Topic)
            {
                yield return run;
                run = [];
            }
            run.Add(message);
        }
        if (run.Count > 0)
            yield return run;
    }

    /// <summary>The batch's deferred writes made durable, then its handled messages deleted in one statement.</summary>
    private static async Task<bool> CompleteAsync(IServiceProvider services, TenantContext tenant, List<long> handled, CancellationToken cancellationToken)
    {
        foreach (var flush in services.GetServices<IOutboxFlush>())
        {
            if (tenant.HasFeature(flush.FeatureId))
                await flush.FlushAsync(cancellationToken);
        }
        await services.GetRequiredService<OutboxDb>().Messages.Where(m => handled.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
        return true;
    }

    private async Task<bool> RunAsync(IServiceProvider services, TenantContext tenant, OutboxMessage message, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<OutboxDb>();
        try
        {
            var envelope = new OutboxEnvelope(message.Id, message.Topic, message.Payload, message.Attempts);
            foreach (var route in services.GetServices<OutboxRoute>())
            {
                if (route.Topic == message.Topic && tenant.HasFeature(route.FeatureId))
                    await route.Create(services).HandleAsync(envelope, cancellationToken);
            }
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var attempts = message.Attempts + 1;
            var now = StoredTime.UtcNow;
            DateTime? failed = attempts >= OutboxLimits.MaxAttempts && LaneOf(message.Topic) == OutboxLane.AfterCommit ? now : null;
            var next = now + OutboxLimits.Backoff(attempts);
            var error = Limit($"{e.GetType().Name}: {e.Message}");
            await db.Messages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.NextAttemptUtc, next)
                .SetProperty(m => m.FailedUtc, failed)
                .SetProperty(m => m.LastError, error), cancellationToken);
            logger.LogWarning(e, "Outbox message {Id} ({Topic}) failed in tenant {Tenant}, attempt {Attempt}", message.Id, message.Topic, tenant.Name, attempts);
            return false;
        }
    }

    private static string Limit(string text) => text.Length <= OutboxLimits.ErrorLength ? text : text[..OutboxLimits.ErrorLength];
}
