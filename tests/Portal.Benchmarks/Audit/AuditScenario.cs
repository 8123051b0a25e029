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
        await using var server = await PortalTestServer.StartAsync(demoTenants: false, dataFolder: Storage.ScenarioFolder(options));
        var names = Enumerable.Range(1, TenantCount).Select(i => $"xa-nhat-ky-{i}").ToArray();
        foreach (var name in names)
            await server.CreateTenantAsync(name);
        var fsync = FsyncProbe.Measure(Path.Combine(server.DataFolder, "Sites", names[0]), TimeSpan.FromSeconds(2));
        Console.WriteLine($"audit: {TenantCount} tenants created ({Math.Round(total.Elapsed.TotalSeconds, 1)} s); " +
                          $"fsync of a small file p50 {fsync.P50} ms; {options.Seconds} s per configuration");

        var host = server.Get<TenantHost>();
        var writers = new AuditWriters(host);
        await writers.RunAsync(AuditConfiguration.All[^1], await ActivateAsync(host, names), TimeSpan.FromSeconds(1));
        var runs = new List<AuditRun>();
        foreach (var configuration in AuditConfiguration.All)
        {
            var used = names.Take(configuration.Tenants).ToArray();
            var before = new long[used.Length];
            for (var i = 0; i < used.Length; i++)
                before[i] = await AuditVerifyCommand.CountAsync(server, used[i]);
            var (times, seconds, errors) = await writers.RunAsync(configuration, await ActivateAsync(host, used), TimeSpan.FromSeconds(options.Seconds));
            var chains = new List<ChainCheck>();
            for (var i = 0; i < used.Length; i++)
            {
                var written = times.Where((_, w) => w % used.Length == i).Sum(t => t.Count);
                chains.Add(await AuditVerifyCommand.RunAsync(server, used[i], before[i] + written));
            }
            var entries = times.Sum(t => t.Count);
            var run = new AuditRun(configuration.Name, configuration.Writers, configuration.Tenants, configuration.ScopePerAppend,
                entries, Math.Round(seconds, 2), Math.Round(entries / seconds, 1), Distribution.Of(times.SelectMany(t => t).ToList()),
                errors, times.Select(t => t.Count).ToList(), chains);
            runs.Add(run);
            Console.WriteLine($"audit: {run.Name}: {run.EntriesPerSecond} entries/s, chain {(run.ChainsValid ? "valid" : "NOT VALID")}");
        }

        var report = new AuditBenchReport("audit", DateTime.UtcNow, ("./portal bench " + string.Join(' ', args)).TrimEnd(),
            TenantBenchReport.MachineText(), loadBefore, MachineLoad.OneMinute(), Storage.Describe(server.DataFolder), options.Seconds, fsync, runs,
            Math.Round(total.Elapsed.TotalSeconds, 1), writers.Errors.ToList());
        AuditPrinter.Print(report);
        Console.WriteLine();
        Console.WriteLine("BENCH-JSON " + JsonSerializer.Serialize(report, ResultsFile.Json));
        Console.WriteLine($"written to {ResultsFile.Write("audit.json", report)}");
        return report.Valid ? 0 : 1;
    }

    private static async Task<TenantContext[]> ActivateAsync(TenantHost host, IEnumerable<string> names)
    {
        var tenants = new List<TenantContext>();
        foreach (var name in names)
            tenants.Add(await host.ActivateAsync(name) ?? throw new InvalidOperationException($"Tenant {name} is not running."));
        return [.. tenants];
    }
}
