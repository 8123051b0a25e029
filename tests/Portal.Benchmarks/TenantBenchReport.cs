using System.Runtime;
using System.Runtime.InteropServices;

namespace Portal.Benchmarks;

/// <summary>Everything one run measured, as written to TestResults/benchmarks/tenants.json.</summary>
public sealed record TenantBenchReport(
    string Benchmark,
    DateTime DateUtc,
    string Command,
    string Machine,
    string DataFolder,
    CreateResult Create,
    MeasureResult? Baseline,
    MeasureResult Measure,
    IReadOnlyList<Target> Targets)
{
    public static string MachineText() =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024 / 1024.0:0.0} GiB, " +
        $"{RuntimeInformation.OSDescription}, .NET {Environment.Version}, {(GCSettings.IsServerGC ? "Server" : "Workstation")} GC";

    public static IReadOnlyList<Target> Evaluate(CreateResult create, MeasureResult? baseline, MeasureResult measure)
    {
        var perCold = baseline is null || measure.Registered <= baseline.Registered
            ? (double?)null
            : (measure.Idle.RssMiB - baseline.Idle.RssMiB) * 1024 / (measure.Registered - baseline.Registered);
        var s = measure.SignedIn;
        var peak = Math.Max(measure.Active.RssMiB, s.Active.RssMiB);
        var openAfter = measure.AfterRelease.OpenSiteFiles + s.AfterRelease.OpenSiteFiles;
        var errors = measure.Errors.Count + s.Errors.Count;
        return
        [
            new("tenants in one process", $">= {create.Requested}", $"{measure.BenchTenantsRunning} running",
                measure.BenchTenantsRunning >= create.Requested),
            // Priced against the baseline (central office only); left out with --no-baseline.
            .. perCold is { } kib ? [new Target("cold tenant costs near nothing", "RSS per cold tenant < 16 KiB", $"{kib:0.0} KiB", kib < 16)]
                : Array.Empty<Target>(),
            new($"RSS with {measure.Sampled} active", "< 1024 MiB",
                $"{measure.Active.RssMiB} MiB (sign-in page), {s.Active.RssMiB} MiB (signed in, databases open)", peak < 1024),
            new("cold first request p95 (sign-in page)", "< 250 ms", $"{measure.Cold.P95} ms", measure.Cold.P95 < 250 && measure.Cold.Count > 0),
            new("cold first request p95 (signed-in home page)", "< 250 ms", $"{s.ColdHome.P95} ms",
                s.ColdHome.P95 < 250 && s.ColdHome.Count > 0),
            new("database files open after idle release", "0", $"{openAfter}", openAfter == 0),
            new("requests answered as expected", "all", $"{errors} errors", errors == 0),
        ];
    }
}
