namespace Portal.Benchmarks;

/// <summary>Phase 1: tenants created from the commune recipe in one process.</summary>
public sealed record CreateResult(
    int Requested,
    int AlreadyThere,
    int Created,
    int Failed,
    double ServerStartSeconds,
    double CreateSeconds,
    double TenantsPerSecond,
    int Parallelism,
    LatencyStats PerTenantMs,
    double DiskMiBPerTenant,
    MemorySnapshot AfterCreate,
    IReadOnlyList<string> Errors,
    DateTime CreatedUtc,
    bool FromEarlierRun = false);
