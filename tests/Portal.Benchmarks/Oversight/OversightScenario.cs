using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;
using Portal.Oversight;
using Portal.Oversight.Board;
using Portal.Oversight.Publishing;
using Portal.Testing;

namespace Portal.Benchmarks.Oversight;

/// <summary>
/// ./portal bench --scenario oversight [--rounds N]: the central office's dashboard with 3,800 agencies' figures stored,
/// and the cost of publishing for one tenant. The 3,800 agencies (22 ministries, 34 provinces, 430 departments, 3,314
/// communes) are seeded directly: host rows marked running without a store of their own (the dashboard never opens a
/// tenant's store) and one published sheet each written into the central office's figures table through
/// <see cref="CentralFigures"/>, as a delivery writes it. Asking cold agencies is switched off (AskBatch 0) so the
/// scheduler never tries to open the seeded agencies, which have no store. Publishing is timed on the demo department (a real store): asking, counting
/// every module's figures and storing them at the central office, one round at a time.
/// </summary>
public static class OversightScenario
{
    public static async Task<int> RunAsync(BenchOptions options, IReadOnlyList<string> args)
    {
        var rounds = args.Contains("--rounds") ? options.Rounds : 20;
        var errors = new List<string>();
        await using var server = await BenchServer.StartAsync(options,
            settings: new Dictionary<string, string?> { ["Portal:Oversight:AskBatch"] = "0" });
        var seeding = Stopwatch.StartNew();
        var seeded = await SeedAsync(server);
        Console.WriteLine($"oversight: {seeded} agencies seeded in {seeding.Elapsed.TotalSeconds:F1} s");

        using var client = server.Client();
        if (!await client.SignInAsync("", DemoAccounts.CentralAdmin, DemoAccounts.CentralAdminPassword))
            throw new InvalidOperationException("The central office administrator could not sign in.");
        var dashboard = await TimeAsync(rounds, errors, "dashboard", () => client.GetAsync("admin/oversight"));
        var communes = await TimeAsync(rounds, errors, "dashboard, communes of one province",
            () => client.GetAsync("admin/oversight?level=Commune&parent=bench-p-01"));
        var xlsx = await TimeAsync(Math.Min(rounds, 5), errors, "XLSX export of every agency", () => client.GetAsync("admin/oversight/export?format=xlsx"));
        var asking = server.Get<FiguresAsking>();
        var publishing = await TimeAsync(rounds, errors, "publishing for one tenant", async () =>
        {
            await asking.AskAsync(DemoAccounts.Department, "bench", CancellationToken.None);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var report = new
        {
            benchmark = "oversight",
            dateUtc = DateTime.UtcNow,
            command = "./portal bench " + string.Join(' ', args),
            machine = TenantBenchReport.MachineText(),
            database = TestDatabase.RequestedProvider,
            agencies = seeded,
            rounds,
            dashboard,
            communes,
            xlsx,
            publishing,
            errors,
        };
        Console.WriteLine("BENCH-JSON " + JsonSerializer.Serialize(report, ResultsFile.Json));
        Console.WriteLine($"written to {ResultsFile.Write("oversight.json", report)}");
        return errors.Count == 0 ? 0 : 1;
    }

    private static async Task<int> SeedAsync(PortalTestServer server)
    {
        var store = server.Get<TenantStore>();
        var figures = server.Get<CentralFigures>();
        var agencies = new List<TenantRecord>();
        void Add(string name, string display, AgencyLevel level, string? parent) => agencies.Add(new TenantRecord
        {
            Name = name, DisplayName = display, AgencyCode = $"B{agencies.Count:0000}.00.00.H00", ParentAgency = parent, Level = level,
            State = TenantState.Running, Recipe = "commune", CreatedUtc = DateTime.UtcNow,
        });
        for (var i = 1; i <= 22; i++)
            Add($"bench-b-{i:00}", $"Bộ thử nghiệm {i}", AgencyLevel.Ministry, null);
        for (var i = 1; i <= 34; i++)
            Add($"bench-p-{i:00}", $"Tỉnh thử nghiệm {i}", AgencyLevel.Province, null);
        for (var i = 1; i <= 430; i++)
            Add($"bench-s-{i:000}", $"Sở thử nghiệm {i}", AgencyLevel.Department, $"Tỉnh thử nghiệm {i % 34 + 1}");
        for (var i = 1; i <= 3314; i++)
            Add($"bench-x-{i:0000}", $"Xã thử nghiệm {i}", AgencyLevel.Commune, $"Tỉnh thử nghiệm {i % 34 + 1}");
        var random = new Random(12);
        foreach (var agency in agencies)
        {
            await store.AddAsync(agency, CancellationToken.None);
            var sheet = new FigureSheet { ComputedUtc = DateTime.UtcNow };
            sheet.Counts[FigureKeys.Users] = random.Next(1, 60);
            sheet.Counts[FigureKeys.IncomingTotal] = random.Next(0, 5000);
            sheet.Counts[FigureKeys.IncomingOverdue] = random.Next(0, 40);
            sheet.Counts[FigureKeys.OutgoingTotal] = random.Next(0, 2000);
            sheet.Latest(FigureKeys.FirstDocument, DateTime.UtcNow.AddDays(-random.Next(1, 300)));
            foreach (var state in new[] { "Đã vào sổ", "Đang xử lý", "Đã xử lý" })
                foreach (var level in new[] { "Mật", "Tối mật" })
                    sheet.Cell("Văn bản đến", state, level, random.Next(0, 500));
            await figures.StoreAsync(agency.Name, sheet, CancellationToken.None);
        }
        return agencies.Count;
    }

    private static async Task<LatencyStats> TimeAsync(int rounds, List<string> errors, string label, Func<Task<HttpResponseMessage>> request)
    {
        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await request();
            await response.Content.ReadAsByteArrayAsync();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK && errors.Count < 3)
                errors.Add($"{label}: HTTP {(int)response.StatusCode}");
        }
        var stats = LatencyStats.Of(times, 0);
        Console.WriteLine($"oversight: {label}: p50 {stats.P50} ms, p95 {stats.P95} ms ({rounds} rounds)");
        return stats;
    }
}
