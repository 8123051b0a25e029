using System.Collections.Concurrent;
using System.Diagnostics;
using Portal.Core;
using Portal.Core.Tenancy;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>Phase 1: the real app creates the communes from the shipped recipe, in parallel, with progress.</summary>
public static class CreatePhase
{
    public const int ProgressEvery = 250;

    public static async Task<CreateResult> RunAsync(BenchOptions options, string folder)
    {
        BenchFolder.Prepare(folder, options.Reuse);
        var clock = Stopwatch.StartNew();
        var server = await PortalTestServer.StartAsync(demoTenants: false, dataFolder: folder);
        var startSeconds = clock.Elapsed.TotalSeconds;
        var admin = server.Get<TenantAdministration>();
        var existing = (await admin.ListAsync(CancellationToken.None)).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var missing = Enumerable.Range(1, options.Tenants).Where(n => !existing.ContainsKey(BenchTenants.Name(n))).ToList();
        var errors = new ConcurrentQueue<string>();
        foreach (var broken in existing.Values.Where(t => BenchTenants.IsBenchTenant(t.Name) && t.State != TenantState.Running))
            errors.Enqueue($"{broken.Name}: left {broken.State} by an earlier run ({broken.SetupError})");
        Console.WriteLine($"create: {options.Tenants} wanted, {options.Tenants - missing.Count} already there, " +
                          $"creating {missing.Count} with parallelism {options.Parallelism} (server started in {startSeconds:0.0} s)");

        if (missing.Count == 0 && errors.IsEmpty && SavedCreation.Load(folder) is { } earlier)
        {
            await PhaseHost.StopAsync(server);
            return earlier with { AlreadyThere = options.Tenants, FromEarlierRun = true };
        }
        var durations = new ConcurrentBag<double>();
        var done = 0;
        clock.Restart();
        await Parallel.ForEachAsync(missing, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, async (number, ct) =>
        {
            var one = Stopwatch.StartNew();
            try
            {
                await admin.CreateAsync(BenchTenants.Creation(number), ct);
                durations.Add(one.Elapsed.TotalMilliseconds);
            }
            catch (RequestRefusedException e)
            {
                errors.Enqueue($"{BenchTenants.Name(number)}: {string.Join(" ", e.Errors)}");
            }
            var n = Interlocked.Increment(ref done);
            if (n % ProgressEvery == 0 || n == missing.Count)
                Progress(n, missing.Count, clock.Elapsed);
        });
        var seconds = clock.Elapsed.TotalSeconds;
        var after = MemoryProbe.Take(server);
        await PhaseHost.StopAsync(server);
        var total = existing.Keys.Count(BenchTenants.IsBenchTenant) + durations.Count;
        return SavedCreation.Save(folder, new CreateResult(options.Tenants, options.Tenants - missing.Count, durations.Count, missing.Count - durations.Count,
            Math.Round(startSeconds, 2), Math.Round(seconds, 1), Math.Round(durations.Count / Math.Max(seconds, 0.001), 1),
            options.Parallelism, LatencyStats.Of(durations),
            total == 0 ? 0 : Math.Round(MemoryProbe.MiB(BenchFolder.SitesBytes(folder)) / total, 3), after, errors.ToList(), DateTime.UtcNow));
    }

    public static void Progress(int done, int of, TimeSpan elapsed) =>
        Console.WriteLine($"  {done,6}/{of}  {elapsed.TotalSeconds,7:0.0} s  {done / Math.Max(elapsed.TotalSeconds, 0.001),6:0.0} tenants/s  " +
                          $"RSS {MemoryProbe.MiB(Portal.Core.Diagnostics.ProcessFacts.ResidentBytes()),7:0} MiB");
}
