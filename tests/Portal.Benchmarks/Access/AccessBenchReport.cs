namespace Portal.Benchmarks;

/// <summary>Everything ./portal bench --scenario access measured, as written to TestResults/benchmarks/access.json.</summary>
public sealed record AccessBenchReport(
    string Benchmark,
    DateTime DateUtc,
    string Command,
    string Machine,
    double LoadAverageBefore,
    double LoadAverageAfter,
    string Storage,
    Distribution FsyncMs,
    string Tenant,
    string User,
    int DocumentsPerKind,
    int RequestsPerKind,
    int IterationsPerKind,
    IReadOnlyDictionary<string, Distribution> Http,
    Comparison CheckCost,
    Comparison ForbiddenVsMissing,
    IReadOnlyDictionary<string, Distribution> InProcess,
    Comparison InProcessForbiddenVsMissing,
    ChainCheck Chain,
    double Seconds,
    IReadOnlyList<string> Errors);
