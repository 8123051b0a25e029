using System.Diagnostics;
using System.Text.Json;
using Portal.Core.Tenancy;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// ./portal bench --scenario access: the real app with a benchmark-only document kind; a signed-in Mật-cleared
/// officer GETs allowed, forbidden and missing documents and the same documents on a route without the check,
/// all interleaved at random over loopback HTTP; then IAccessCheck.DecideAsync alone in a tenant scope; then the
/// department's audit chain (one entry per decision) is verified with `audit verify`.
/// </summary>
public static class AccessScenario
{
    private const int DocumentsPerKind = 200;
    private const int WarmupPerKind = 100;

    public static async Task<int> RunAsync(BenchOptions options, IReadOnlyList<string> args)
    {
        var total = Stopwatch.StartNew();
        var loadBefore = MachineLoad.OneMinute();
        var random = new Random(options.Seed);
        await using var server = await PortalTestServer.StartAsync(dataFolder: Storage.ScenarioFolder(options),
            extraModules: [new BenchDocumentsModule()]);
        Console.WriteLine($"access: server started ({Math.Round(total.Elapsed.TotalSeconds, 1)} s)");
        using var client = server.Client();
        if (!await client.SignInAsync(DemoAccounts.Department, AccessSetup.UserName, DemoAccounts.Password))
            throw new InvalidOperationException($"{AccessSetup.UserName} could not sign in to {DemoAccounts.Department}.");
        Console.WriteLine($"access: {AccessSetup.UserName} signed in with the second factor ({Math.Round(total.Elapsed.TotalSeconds, 1)} s)");
        var documents = await AccessSetup.PrepareAsync(server, DocumentsPerKind);
        var entriesBefore = await AuditVerifyCommand.CountAsync(server, documents.Tenant);
        Console.WriteLine($"access: {DocumentsPerKind} allowed + {DocumentsPerKind} forbidden Mật documents ({Math.Round(total.Elapsed.TotalSeconds, 1)} s)");

        var fsync = FsyncProbe.Measure(server.DataFolder, TimeSpan.FromSeconds(1));
        var mix = new HttpMix(client, documents, random);
        await mix.RunAsync(WarmupPerKind);
        var clock = Stopwatch.StartNew();
        var http = await mix.RunAsync(options.Requests);
        Console.WriteLine($"access: {options.Requests} timed requests of each of 4 kinds in {Math.Round(clock.Elapsed.TotalSeconds, 1)} s");

        var errors = new List<string>(mix.Errors);
        var host = server.Get<TenantHost>();
        await DecisionLoop.RunAsync(host, documents, WarmupPerKind / 2, random, errors);
        clock.Restart();
        var inProcess = await DecisionLoop.RunAsync(host, documents, options.Iterations, random, errors);
        Console.WriteLine($"access: {options.Iterations} in-process calls of each of 4 kinds in {Math.Round(clock.Elapsed.TotalSeconds, 1)} s");
        var inProcessCalls = (WarmupPerKind / 2 + options.Iterations) * Enum.GetValues<InProcessCall>().Length;
        var chain = await AuditVerifyCommand.RunAsync(server, documents.Tenant, entriesBefore + mix.CheckedRequests + inProcessCalls);

        var report = new AccessBenchReport("access", DateTime.UtcNow, ("./portal bench " + string.Join(' ', args)).TrimEnd(),
            TenantBenchReport.MachineText(), loadBefore, MachineLoad.OneMinute(), Storage.Describe(server.DataFolder), fsync,
            documents.Tenant, documents.UserName, DocumentsPerKind, options.Requests, options.Iterations,
            http.ToDictionary(p => Key(p.Key.ToString()), p => Distribution.Of(p.Value)),
            TwoSampleTest.Compare(http[RequestKind.Allowed], http[RequestKind.Unprotected], options.Seed),
            TwoSampleTest.Compare(http[RequestKind.Forbidden], http[RequestKind.Missing], options.Seed),
            inProcess.ToDictionary(p => Key(p.Key.ToString()), p => Distribution.Of(p.Value)),
            TwoSampleTest.Compare(inProcess[InProcessCall.DecideForbidden], inProcess[InProcessCall.DecideMissing], options.Seed),
            chain, Math.Round(total.Elapsed.TotalSeconds, 1), errors);
        AccessPrinter.Print(report);
        Console.WriteLine();
        Console.WriteLine("BENCH-JSON " + JsonSerializer.Serialize(report, ResultsFile.Json));
        Console.WriteLine($"written to {ResultsFile.Write("access.json", report)}");
        return errors.Count == 0 && chain.Valid ? 0 : 1;
    }

    private static string Key(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
