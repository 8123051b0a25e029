using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;
using Portal.Exchange.Models;
using Portal.Testing;

namespace Portal.Benchmarks.Exchange;

/// <summary>
/// ./portal bench --scenario exchange [--tenants N]: N communes are created from the commune recipe (each
/// publishes its keys to the central office's directory), then released, so every one is cold; the central office
/// issues one document and its clerk sends it to "tat-ca" over the real HTTP endpoints, as the Government Office does. Timed:
/// the send request, until every envelope is accepted (recipients activated lazily by their first
/// envelope), and until every 01 acknowledgement is back; memory after a full collection before and after.
/// </summary>
public static class ExchangeScenario
{
    public static async Task<int> RunAsync(BenchOptions options, IReadOnlyList<string> args)
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), io);
        Environment.SetEnvironmentVariable("PORTAL_TEST_DATABASE_PREFIX", "portal_bench_");
        await using var server = await PortalTestServer.StartAsync(demoTenants: true, dataFolder: Storage.ScenarioFolder(options));
        var create = Stopwatch.StartNew();
        var administration = server.Get<TenantAdministration>();
        await Parallel.ForEachAsync(Enumerable.Range(1, options.Tenants), new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism },
            async (n, _) => await administration.CreateAsync(BenchTenants.Creation(n), CancellationToken.None));
        var createSeconds = create.Elapsed.TotalSeconds;
        Console.WriteLine($"exchange: {options.Tenants} communes created in {createSeconds:0.0} s");

        var sender = TenantRecord.DefaultName;
        var (id, clerk) = await IssuedDocument.IssueAsync(server);
        var host = server.Get<TenantHost>();
        foreach (var tenant in host.ActiveTenants.Where(t => BenchTenants.IsBenchTenant(t.Name)).ToList())
            host.Release(tenant.Name);
        var before = MemoryProbe.Take(server);

        var clock = Stopwatch.StartNew();
        await IssuedDocument.PostAsync(clerk, $"api/exchange/outgoing/{id}", new { groups = new[] { "tat-ca" } });
        var sendSeconds = clock.Elapsed.TotalSeconds;
        // Null while not reached: a run that stalls still writes its report.
        double? delivered = null, acknowledged = null;
        (int Sent, int Delivered, int Acknowledged) counts;
        var stalled = Stopwatch.StartNew();
        var last = -1;
        while (true)
        {
            counts = await CountAsync(host, sender, id);
            if (delivered is null && counts.Delivered == counts.Sent)
                delivered = clock.Elapsed.TotalSeconds;
            if (counts.Acknowledged == counts.Sent)
            {
                acknowledged = clock.Elapsed.TotalSeconds;
                break;
            }
            if (counts.Delivered + counts.Acknowledged != last)
                (last, stalled) = (counts.Delivered + counts.Acknowledged, Stopwatch.StartNew());
            if (stalled.Elapsed > TimeSpan.FromMinutes(3))
                break;
            await Task.Delay(200);
        }
        var after = MemoryProbe.Take(server);
        var sealedBytes = Directory.EnumerateFiles(Path.Combine(server.DataFolder, "Sites", sender, "exchange", "sent")).Sum(f => new FileInfo(f).Length);

        var report = new ExchangeBenchReport("exchange", DateTime.UtcNow, ("./portal bench " + string.Join(' ', args)).TrimEnd(),
            TenantBenchReport.MachineText(), server.Database.Provider, counts.Sent, Math.Round(createSeconds, 1), before.ActiveTenants,
            Math.Round(sendSeconds, 2), Round(delivered), Round(acknowledged), counts.Delivered, counts.Acknowledged, sealedBytes,
            before, after);
        Console.WriteLine($"exchange: {counts.Sent} envelopes; send request {report.SendRequestSeconds} s; all delivered {Text(report.AllDeliveredSeconds)}; " +
                          $"all acknowledged (01) {Text(report.AllAcknowledgedSeconds)}");
        Console.WriteLine($"exchange: memory before {before.RssMiB} MiB RSS / {before.ManagedHeapMiB} MiB managed ({before.ActiveTenants} active tenants); " +
                          $"after {after.RssMiB} MiB RSS / {after.ManagedHeapMiB} MiB managed ({after.ActiveTenants} active tenants)");
        Console.WriteLine("BENCH-JSON " + JsonSerializer.Serialize(report, ResultsFile.Json));
        Console.WriteLine($"written to {ResultsFile.Write("exchange.json", report)}");
        return counts.Acknowledged == counts.Sent ? 0 : 1;
    }

    private static string Text(double? seconds) => seconds is { } s ? $"{s} s" : "not reached";

    private static double? Round(double? seconds) => seconds is { } s ? Math.Round(s, 2) : null;

    private static async Task<(int, int, int)> CountAsync(TenantHost host, string sender, int documentId)
    {
        var tenant = await host.ActivateAsync(sender) ?? throw new InvalidOperationException($"{sender} is not running.");
        return await host.RunAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<ExchangeDb>();
            var sendings = db.Sendings.Where(s => s.DocumentId == documentId);
            var sent = await sendings.CountAsync();
            var delivered = await sendings.CountAsync(s => s.DeliveredUtc != null);
            var acknowledged = await db.Statuses.CountAsync(s => s.Code == "01" && sendings.Any(x => x.EnvelopeId == s.EnvelopeId));
            return (sent, delivered, acknowledged);
        });
    }
}
