namespace Portal.Benchmarks;

/// <summary>Phase 2: a fresh process on the data folder of phase 1, tenants touched over HTTP.</summary>
public sealed record MeasureResult(
    int Registered,
    int BenchTenantsRunning,
    int Sampled,
    double ServerStartSeconds,
    MemorySnapshot Idle,
    double ProcessFirstRequestMs,
    MemorySnapshot IdleAfterWarmup,
    LatencyStats Cold,
    LatencyStats Warm,
    MemorySnapshot Active,
    int Released,
    MemorySnapshot AfterRelease,
    LatencyStats ColdAfterRelease,
    int Concurrency,
    LatencyStats ColdConcurrent,
    MemorySnapshot AfterConcurrent,
    SignedInResult SignedIn,
    IReadOnlyList<string> Errors);
