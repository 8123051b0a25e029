using System.Diagnostics;
using Portal.Core.Tenancy;
using Portal.Testing;

namespace Portal.Benchmarks.Exchange;

/// <summary>
/// The broadcast's recipients: communes xa-0001… made through <see cref="TenantAdministration.CreateAsync"/> from the
/// commune recipe (each publishes its keys to the directory), several at once, only those the data folder lacks (--reuse:
/// a run stopped during creation goes on from there, its unfinished ones made again);
/// the last <c>disabled</c> of them are disabled, every other one running.
/// </summary>
public static class ExchangeCommunes
{
    public static async Task<(int Created, double Seconds)> PrepareAsync(PortalTestServer server, BenchOptions options)
    {
        var administration = server.Get<TenantAdministration>();
        var existing = (await administration.ListAsync(CancellationToken.None)).ToDictionary(t => t.Name, StringComparer.Ordinal);
        // A creation cut short (the run stopped half-way) left its row unfinished: made again from the start.
        foreach (var unfinished in existing.Values.Where(t => t.State == TenantState.Uninitialized && BenchTenants.IsBenchTenant(t.Name)).ToList())
        {
            await administration.DeleteUninitializedAsync(unfinished.Name, CancellationToken.None);
            existing.Remove(unfinished.Name);
        }
        var missing = Enumerable.Range(1, options.Tenants).Where(n => !existing.ContainsKey(BenchTenants.Name(n))).ToList();
        Console.WriteLine($"exchange: {options.Tenants} communes wanted, {options.Tenants - missing.Count} already there, " +
                          $"creating {missing.Count} with parallelism {options.Parallelism}");
        var clock = Stopwatch.StartNew();
        var done = 0;
        await Parallel.ForEachAsync(missing, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, async (n, _) =>
        {
            await administration.CreateAsync(BenchTenants.Creation(n), CancellationToken.None);
            var count = Interlocked.Increment(ref done);
            if (count % CreatePhase.ProgressEvery == 0 || count == missing.Count)
                CreatePhase.Progress(count, missing.Count, clock.Elapsed);
        });
        var seconds = clock.Elapsed.TotalSeconds;
        foreach (var n in Enumerable.Range(1, options.Tenants))
        {
            var name = BenchTenants.Name(n);
            var state = existing.TryGetValue(name, out var record) ? record.State : TenantState.Running;
            var disable = IsDisabled(n, options);
            if (disable && state == TenantState.Running)
                await administration.DisableAsync(name, CancellationToken.None);
            else if (!disable && state == TenantState.Disabled)
                await administration.EnableAsync(name, CancellationToken.None);
        }
        return (missing.Count, seconds);
    }

    /// <summary>The last ones in code order, so the sender reaches them last and they are retried while the others are done.</summary>
    public static bool IsDisabled(int number, BenchOptions options) => number > options.Tenants - Math.Min(options.Disabled, options.Tenants);

    public static IEnumerable<string> Disabled(BenchOptions options) =>
        Enumerable.Range(1, options.Tenants).Where(n => IsDisabled(n, options)).Select(BenchTenants.Name);
}
