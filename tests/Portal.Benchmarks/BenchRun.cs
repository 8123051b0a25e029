using System.Text.Json;

namespace Portal.Benchmarks;

/// <summary>The whole run: each phase in its own process, then the table, a JSON line and TestResults/benchmarks/tenants.json.</summary>
public static class BenchRun
{
    public static async Task<int> RunAsync(BenchOptions options, IReadOnlyList<string> args)
    {
        var folder = options.DataFolder;
        var scratch = Path.Combine(Path.GetTempPath(), $"portal-bench-{Environment.ProcessId}");
        var create = await ChildPhase.RunAsync<CreateResult>(options.ForPhase("create", folder, options.Tenants, scratch), scratch);
        MeasureResult? baseline = null;
        if (options.Baseline)
        {
            // The same two phases on a host with the central office only: what 0 communes cost.
            var empty = folder + "-baseline";
            await ChildPhase.RunAsync<CreateResult>(options.ForPhase("create", empty, 0, scratch), scratch);
            baseline = await ChildPhase.RunAsync<MeasureResult>(options.ForPhase("measure", empty, 0, scratch), scratch);
        }
        var measure = await ChildPhase.RunAsync<MeasureResult>(options.ForPhase("measure", folder, options.Tenants, scratch), scratch);

        var report = new TenantBenchReport("tenants", DateTime.UtcNow, ("./portal bench " + string.Join(' ', args)).TrimEnd(),
            TenantBenchReport.MachineText(), folder, create, baseline, measure,
            TenantBenchReport.Evaluate(create, baseline, measure));
        ReportPrinter.Print(report);
        Console.WriteLine();
        Console.WriteLine("BENCH-JSON " + JsonSerializer.Serialize(report, ResultsFile.Json));
        Console.WriteLine($"written to {ResultsFile.Write("tenants.json", report)}");
        return measure.Errors.Count + measure.SignedIn.Errors.Count == 0 && create.Failed == 0 ? 0 : 1;
    }
}
