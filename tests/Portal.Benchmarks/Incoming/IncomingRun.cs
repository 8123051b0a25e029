namespace Portal.Benchmarks;

public sealed record IncomingRun(
    string Database,
    RegistrationLoadResult Api,
    int Seeded,
    double SeededPerSecond,
    int DocumentsInTenant,
    IReadOnlyDictionary<string, LatencyStats> Pages,
    IReadOnlyList<string> Errors);
