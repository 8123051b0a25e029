using System.Diagnostics;
using System.Text.Json;
using Portal.Core.Tenancy;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// ./portal bench --scenario audit: IAuditTrail.RecordAsync on SQLite (WAL, synchronous=FULL, chain head
/// fsynced outside the store) for a fixed time per configuration; after each one `audit verify` must find
/// every tenant's chain intact and exactly as long as the appends that succeeded, so each figure is for a valid chain.
/// </summary>
public static class AuditScenario
{
    private const int TenantCount = 8;

    public static async Task<int> RunAsync(BenchOptions options, IReadOnlyList<string> args)
    {
        var total = Stopwatch.StartNew();
        var loadBefore = MachineLoad.OneMinute();
        // Microsoft.Data.Sqlite's async calls run synchronously, so a writer holds a pool thread through its whole
        // append, fsyncs included: without enough threads up front, 8 writers would be 2 or 3 at a time.
        ThreadPool.GetMinThreads(out var workerThreads, out var ioThreads);
        var minThreads = Math.Max(workerThreads, 2 * AuditConfiguration.All.Max(c => c.Writers) + Environment.ProcessorCount);
        ThreadPool.SetMinThreads(minThreads, ioThreads);
        await using var server = await PortalTestServer.StartAsync(demoTenants: false, dataFolder: Storage.ScenarioFolder(options));
        var names = Enumerable.Range(1, TenantCount).Select(i => $"xa-nhat-ky-{i}").ToArray();
        foreach (var name in names)
            await server.CreateTenantAsync(name);
        var fsync = FsyncProbe.Measure(Path.Combine(server.DataFolder, "Sites", names[0]), TimeSpan.FromSeconds(2));
        Console.WriteLine($"audit: {TenantCount} tenants created ({Math.Round(total.Elapsed.TotalSeconds, 1)} s); " +
                          $"fsync of a small file p50 {fsync.P50} ms; {options.Seconds} s per configuration");

        var writers = new AuditWriters(server.Get<TenantHost>());
        await AuditPass.RunAsync(server, writers, AuditConfiguration.All[^1], names, TimeSpan.FromSeconds(1));
        // Every configuration runs in several passes, the order shuffled each round, so a change in the machine's load
        // during the run falls on all of them alike.
        var passes = AuditConfiguration.All.ToDictionary(c => c, _ => new List<AuditPass>());
        var random = new Random(options.Seed);
        var slice = TimeSpan.FromSeconds((double)options.Seconds / options.Rounds);
        for (var round = 1; round <= options.Rounds; round++)
        {
            var order = AuditConfiguration.All.ToArray();
            random.Shuffle(order);
            foreach (var configuration in order)
            {
                var pass = await AuditPass.RunAsync(server, writers, configuration, names, slice);
                passes[configuration].Add(pass);
                Console.WriteLine($"audit: round {round}, {configuration.Name}: {Math.Round(pass.Times.Sum(t => t.Count) / pass.Seconds, 1)} entries/s, " +
                                  $"chain {(pass.Chains.All(c => c.Valid) ? "valid" : "NOT VALID")}");
            }
        }
        var runs = AuditConfiguration.All.Select(c => AuditRun.Of(c, passes[c])).ToList();

        var report = new AuditBenchReport("audit", DateTime.UtcNow, ("./portal bench " + string.Join(' ', args)).TrimEnd(),
            TenantBenchReport.MachineText(), loadBefore, MachineLoad.OneMinute(), Storage.Describe(server.DataFolder),
            options.Seconds, options.Rounds, minThreads, fsync, runs,
            Math.Round(total.Elapsed.TotalSeconds, 1), writers.Errors.ToList());
        AuditPrinter.Print(report);
        Console.WriteLine();
        Console.WriteLine("BENCH-JSON " + JsonSerializer.Serialize(report, ResultsFile.Json));
        Console.WriteLine($"written to {ResultsFile.Write("audit.json", report)}");
        return report.Valid ? 0 : 1;
    }
}
