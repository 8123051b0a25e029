namespace Portal.Benchmarks;

/// <summary>Everything ./portal bench --scenario audit measured, as written to TestResults/benchmarks/audit.json.</summary>
public sealed record AuditBenchReport(
    string Benchmark,
    DateTime DateUtc,
    string Command,
    string Machine,
    double LoadAverageBefore,
    double LoadAverageAfter,
    string Storage,
    int SecondsPerConfiguration,
    int Rounds,
    int MinPoolThreads,
    Distribution FsyncMs,
    IReadOnlyList<AuditRun> Runs,
    double Seconds,
    IReadOnlyList<string> Errors)
{
    public bool Valid => Runs.All(r => r.Errors == 0 && r.ChainsValid) && Errors.Count == 0;
}
