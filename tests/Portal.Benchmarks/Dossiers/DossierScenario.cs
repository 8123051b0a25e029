using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;

namespace Portal.Benchmarks.Dossiers;

/// <summary>
/// ./portal bench --scenario dossiers [--documents N]: the demo department's clerk files N incoming documents
/// (default 1,000) in one dossier through the API, then closes it; timed: filing (per request), closing, reading
/// the dossier (every document checked and audited), printing its list of contents and the whole dossier as one PDF, with the server's
/// managed allocations and working set around each.
/// </summary>
public static class DossierScenario
{
    public static async Task<int> RunAsync(BenchOptions options, IReadOnlyList<string> args)
    {
        var count = args.Contains("--documents") ? options.Documents : 1000;
        var errors = new List<string>();
        await using var server = await BenchServer.StartAsync(options);
        var seeded = await new RegistrationSeed(server).RunAsync(count, errors);
        Console.WriteLine($"dossiers: {seeded} incoming documents registered");
        using var client = server.Client();
        if (!await client.SignInAsync(DemoAccounts.Department, DemoAccounts.Clerk, DemoAccounts.Password))
            throw new InvalidOperationException("The clerk could not sign in.");
        var api = $"{DemoAccounts.Department}/api/dossiers";
        var catalogue = await (await client.GetAsync($"{api}/catalogue")).Content.ReadFromJsonAsync<JsonElement>();
        var entry = catalogue.EnumerateArray().First(e => e.GetProperty("code").GetString() == "01.VP").GetProperty("id").GetInt32();
        var opened = await Post(client, api, new { catalogueEntryId = entry });
        var dossier = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var filing = new List<double>();
        for (var id = 1; id <= seeded; id++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await Post(client, $"{api}/{dossier}/documents", new { kind = "incoming", documentId = id });
            filing.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK && errors.Count < 3)
                errors.Add($"filing {id}: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        var filed = LatencyStats.Of(filing, 0);
        Console.WriteLine($"dossiers: filing one document: p50 {filed.P50} ms, p95 {filed.P95} ms");

        var close = await TimeAsync("close", errors, () => Post(client, $"{api}/{dossier}/close", new { }));
        var read = await TimeAsync("read (GET, every document checked)", errors, () => client.GetAsync($"{api}/{dossier}"));
        var print = await TimeAsync("contents PDF", errors, () => client.GetAsync($"{api}/{dossier}/contents.pdf"));
        var book = await TimeAsync("whole dossier PDF", errors, () => client.GetAsync($"{api}/{dossier}/dossier.pdf"));
        var report = new
        {
            benchmark = "dossiers",
            dateUtc = DateTime.UtcNow,
            command = "./portal bench " + string.Join(' ', args),
            machine = TenantBenchReport.MachineText(),
            database = TestDatabase.RequestedProvider,
            documents = seeded,
            filing = filed,
            close,
            read,
            print,
            book,
            errors,
        };
        Console.WriteLine("BENCH-JSON " + JsonSerializer.Serialize(report, ResultsFile.Json));
        Console.WriteLine($"written to {ResultsFile.Write("dossiers.json", report)}");
        return errors.Count == 0 ? 0 : 1;
    }

    private static Task<HttpResponseMessage> Post(PortalClient client, string path, object body) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) });

    /// <summary>One request's time, the bytes the process allocated meanwhile (server and client share it) and the working set after.</summary>
    private static async Task<object> TimeAsync(string label, List<string> errors, Func<Task<HttpResponseMessage>> request)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        using var response = await request();
        var body = await response.Content.ReadAsByteArrayAsync();
        var ms = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1);
        var megabytes = Math.Round((GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0, 1);
        var workingSet = Math.Round(Environment.WorkingSet / 1048576.0, 0);
        if (response.StatusCode != HttpStatusCode.OK)
            errors.Add($"{label}: HTTP {(int)response.StatusCode}");
        Console.WriteLine($"dossiers: {label}: {ms} ms, {megabytes} MB allocated, working set {workingSet} MB, answer {body.Length} bytes");
        return new { ms, allocatedMegabytes = megabytes, workingSetMegabytes = workingSet, bytes = body.Length };
    }
}
