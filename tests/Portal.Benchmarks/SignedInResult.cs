namespace Portal.Benchmarks;

/// <summary>The sample again with a signed-in admin per tenant: requests that open the tenant's database.</summary>
public sealed record SignedInResult(
    LatencyStats SignIn,
    MemorySnapshot IdleWithSessions,
    LatencyStats ColdHome,
    LatencyStats WarmHome,
    MemorySnapshot Active,
    int Released,
    MemorySnapshot AfterRelease,
    MemorySnapshot AfterTrim,
    IReadOnlyList<string> Errors)
{
    public static readonly SignedInResult None = new(LatencyStats.Of([]), Empty, LatencyStats.Of([]), LatencyStats.Of([]), Empty, 0, Empty, Empty, []);

    private static MemorySnapshot Empty => new(0, 0, 0, 0, 0, 0, 0, 0);
}
