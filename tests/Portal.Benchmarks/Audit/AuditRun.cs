namespace Portal.Benchmarks;

/// <summary>The figures of one configuration, and the chains verified right after it.</summary>
public sealed record AuditRun(
    string Name,
    int Writers,
    int Tenants,
    bool ScopePerAppend,
    long Entries,
    double Seconds,
    double EntriesPerSecond,
    Distribution AppendMs,
    int Errors,
    IReadOnlyList<int> EntriesPerWriter,
    IReadOnlyList<ChainCheck> Chains)
{
    public bool ChainsValid => Chains.All(c => c.Valid);
}
