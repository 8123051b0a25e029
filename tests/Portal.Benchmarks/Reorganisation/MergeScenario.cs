using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;
using Portal.Reorganisation.Models;
using Portal.Reorganisation.Services;
using Portal.Testing;

namespace Portal.Benchmarks.Reorganisation;

/// <summary>
/// ./portal bench --scenario merge [--documents N]: the demo department is filled with N incoming documents (default
/// 1,000), then merged with the demo commune into the demo ministry by the server's own worker, as the central office
/// approves it (the ministry given the department's dossiers and register of state secrets first). Reported: documents moved per second (the whole merge: accounts, registers, documents with their access
/// lists, chains), the process's peak working set sampled every 100 ms, and the managed bytes allocated meanwhile.
/// </summary>
public static class MergeScenario
{
    public static async Task<int> RunAsync(BenchOptions options, IReadOnlyList<string> args)
    {
        var count = args.Contains("--documents") ? options.Documents : 1000;
        var errors = new List<string>();
        await using var server = await BenchServer.StartAsync(options);
        var seeded = await new RegistrationSeed(server).RunAsync(count, errors);
        Console.WriteLine($"merge: {seeded} incoming documents registered in {DemoAccounts.Department}");
        var host = server.Get<TenantHost>();
        // The department keeps dossiers and the register of state secrets; the ministry's recipe has neither, and the plan refuses a target without them.
        foreach (var feature in new[] { "Portal.Dossiers", "Portal.Secrets" })
            await server.Get<TenantAdministration>().EnableFeatureAsync(DemoAccounts.Ministry, feature, CancellationToken.None);
        host.Release(DemoAccounts.Ministry);
        var central = (await host.ActivateAsync(TenantRecord.DefaultName))!;
        var id = await host.RunAsync(central, async s =>
        {
            var reorganisations = s.GetRequiredService<Reorganisations>();
            var record = await reorganisations.PlanAsync([DemoAccounts.Department, DemoAccounts.Commune], DemoAccounts.Ministry, "bench", CancellationToken.None);
            return record.Id;
        });
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var before = Environment.WorkingSet;
        var peak = before;
        var clock = Stopwatch.StartNew();
        await host.RunAsync(central, async s =>
        {
            await s.GetRequiredService<Reorganisations>().ApproveAsync(id, "bench", CancellationToken.None);
            return 0;
        });
        ReorganisationState state;
        while ((state = await StateAsync(host, central, id)) is ReorganisationState.Running)
        {
            peak = Math.Max(peak, Environment.WorkingSet);
            await Task.Delay(100);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        if (state != ReorganisationState.Done)
            errors.Add($"the merge ended {state}");
        var report = new
        {
            benchmark = "merge",
            dateUtc = DateTime.UtcNow,
            command = "./portal bench " + string.Join(' ', args),
            machine = TenantBenchReport.MachineText(),
            database = TestDatabase.RequestedProvider,
            documents = seeded,
            seconds = Math.Round(seconds, 1),
            documentsPerSecond = Math.Round(seeded / seconds, 1),
            workingSetBeforeMegabytes = Math.Round(before / 1048576.0, 0),
            workingSetPeakMegabytes = Math.Round(peak / 1048576.0, 0),
            allocatedMegabytes = Math.Round((GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0, 0),
            errors,
        };
        Console.WriteLine($"merge: {seeded} documents in {report.seconds} s ({report.documentsPerSecond}/s); working set {report.workingSetBeforeMegabytes} → peak {report.workingSetPeakMegabytes} MB; {report.allocatedMegabytes} MB allocated");
        Console.WriteLine("BENCH-JSON " + JsonSerializer.Serialize(report, ResultsFile.Json));
        Console.WriteLine($"written to {ResultsFile.Write("merge.json", report)}");
        return errors.Count == 0 ? 0 : 1;
    }

    private static Task<ReorganisationState> StateAsync(TenantHost host, TenantContext central, Guid id) =>
        host.RunAsync(central, async s => (await s.GetRequiredService<Reorganisations>().FindAsync(id, CancellationToken.None))!.State);
}
