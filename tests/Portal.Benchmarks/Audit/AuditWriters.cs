using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit;
using Portal.Core.Tenancy;

namespace Portal.Benchmarks;

/// <summary>
/// Writers appending to the audit trail for a fixed time, each through TenantHost.RunAsync (its own DI scope
/// and unit of work), each IAuditTrail.RecordAsync in its own transaction (no unit-of-work transaction open).
/// </summary>
public sealed class AuditWriters(TenantHost host)
{
    private readonly ConcurrentQueue<string> _errors = new();
    private int _errorCount;

    public IReadOnlyCollection<string> Errors => _errors;

    /// <summary>Each writer's append times (writer i on tenants[i % count]), the wall time, and the failed appends.</summary>
    public async Task<(List<double>[] Times, double Seconds, int Errors)> RunAsync(
        AuditConfiguration configuration, IReadOnlyList<TenantContext> tenants, TimeSpan duration)
    {
        var before = _errorCount;
        var clock = Stopwatch.StartNew();
        var writers = Enumerable.Range(0, configuration.Writers).Select(i => Task.Run(() =>
            WriterAsync(tenants[i % tenants.Count], i, configuration.ScopePerAppend, clock, duration))).ToArray();
        var times = await Task.WhenAll(writers);
        return (times, clock.Elapsed.TotalSeconds, _errorCount - before);
    }

    private async Task<List<double>> WriterAsync(TenantContext tenant, int writer, bool scopePerAppend, Stopwatch clock, TimeSpan duration)
    {
        var times = new List<double>();
        if (scopePerAppend)
        {
            while (clock.Elapsed < duration)
                await host.RunAsync(tenant, services => AppendAsync(services.GetRequiredService<IAuditTrail>(), writer, times));
        }
        else
        {
            await host.RunAsync(tenant, async services =>
            {
                var audit = services.GetRequiredService<IAuditTrail>();
                while (clock.Elapsed < duration)
                    await AppendAsync(audit, writer, times);
                return true;
            });
        }
        return times;
    }

    private async Task<bool> AppendAsync(IAuditTrail audit, int writer, List<double> times)
    {
        var id = Guid.NewGuid().ToString("N");
        var clock = Stopwatch.StartNew();
        try
        {
            await audit.RecordAsync(new AuditRecord(AuditActions.AccessDecision, AuditOutcome.Succeeded, "bench-document", id,
                "Xem", $"bench-writer-{writer}"));
            times.Add(clock.Elapsed.TotalMilliseconds);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (Interlocked.Increment(ref _errorCount) <= 20)
                _errors.Enqueue($"writer {writer}: {e.GetType().Name}: {e.Message}");
            return false;
        }
    }
}
