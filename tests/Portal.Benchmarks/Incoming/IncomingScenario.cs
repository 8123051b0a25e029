using System.Diagnostics;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// ./portal bench --scenario incoming: registrations through the API (8 clients at once; each one a
/// transaction with its register number, access entry, timeline step and audit entry) on SQLite and then
/// on PostgreSQL in the same run, and the "my work" page timed with the tenant holding --documents documents.
/// </summary>
public static class IncomingScenario
{
    public static async Task<int> RunAsync(BenchOptions options, IReadOnlyList<string> args)
    {
        var loadBefore = MachineLoad.OneMinute();
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), io);
        // Its own database names: `./portal test` started meanwhile drops every portal_test_* database, this one's included.
        var databases = new List<string>();
        var postgres = Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") is { Length: > 0 };
        // ./portal bench --postgres: PostgreSQL only.
        if (TestDatabase.RequestedProvider != "Postgres")
            databases.Add("Sqlite");
        if (postgres)
            databases.Add("Postgres");
        else
            Console.WriteLine("incoming: PORTAL_TEST_POSTGRES is not set (run through ./portal bench): SQLite only.");
        if (databases.Count == 0)
            databases.Add("Sqlite");

        var results = new List<IncomingRun>();
        foreach (var database in databases)
        {
            Environment.SetEnvironmentVariable("PORTAL_TEST_DATABASE", database);
            results.Add(await RunOnAsync(database, options));
        }

        IncomingReport.Print(results);
        var report = new
        {
            benchmark = "incoming",
            dateUtc = DateTime.UtcNow,
            command = "./portal bench " + string.Join(' ', args),
            machine = TenantBenchReport.MachineText(),
            loadBefore,
            loadAfter = MachineLoad.OneMinute(),
            runs = results,
        };
        Console.WriteLine("BENCH-JSON " + System.Text.Json.JsonSerializer.Serialize(report, ResultsFile.Json));
        Console.WriteLine($"written to {ResultsFile.Write("incoming.json", report)}");
        return results.All(r => r.Errors.Count == 0) ? 0 : 1;
    }

    private static async Task<IncomingRun> RunOnAsync(string database, BenchOptions options)
    {
        Console.WriteLine($"incoming: {database}: starting the server with the demo agencies");
        await using var server = await BenchServer.StartAsync(options);
        var errors = new List<string>();
        var load = new RegistrationLoad(server);
        var api = await load.RunAsync(options.Requests, clients: 8, errors);
        Console.WriteLine($"incoming: {database}: {api.Count} registrations through the API, {api.PerSecond}/s, p95 {api.Latency.P95} ms");

        var clock = Stopwatch.StartNew();
        var seeded = await new RegistrationSeed(server).RunAsync(Math.Max(0, options.Documents - api.Count), errors);
        var seedSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"incoming: {database}: {seeded} more documents registered in-process in {seedSeconds:F0} s");

        var pages = await new WorkPageProbe(server).RunAsync(options.Iterations, errors);
        return new IncomingRun(database, api, seeded, Math.Round(seeded / Math.Max(seedSeconds, 0.001), 1), api.Count + seeded, pages, errors);
    }
}
