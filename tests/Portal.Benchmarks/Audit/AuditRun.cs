namespace Portal.Benchmarks;

/// <summary>The figures of one configuration over its passes, and the chains verified right after each pass.</summary>
public sealed record AuditRun(
    string Name,
    int Writers,
    int Tenants,
    bool ScopePerAppend,
    int Passes,
    long Entries,
    double Seconds,
    double EntriesPerSecond,
    Distribution AppendMs,
    double AppendP50FirstTenthMs,
    double AppendP50LastTenthMs,
    int Errors,
    IReadOnlyList<int> EntriesPerWriter,
    IReadOnlyList<ChainCheck> Chains)
{
    public bool ChainsValid => Chains.All(c => c.Valid);

    public static AuditRun Of(AuditConfiguration configuration, IReadOnlyList<AuditPass> passes)
    {
        var perWriter = passes.SelectMany(p => p.Times).ToList();
        var entries = perWriter.Sum(t => t.Count);
        var seconds = passes.Sum(p => p.Seconds);
        var (first, last) = Drift(perWriter);
        return new AuditRun(configuration.Name, configuration.Writers, configuration.Tenants, configuration.ScopePerAppend, passes.Count,
            entries, Math.Round(seconds, 2), Math.Round(entries / seconds, 1), Distribution.Of(perWriter.SelectMany(t => t).ToList()),
            first, last, passes.Sum(p => p.Errors),
            Enumerable.Range(0, configuration.Writers).Select(w => passes.Sum(p => p.Times[w].Count)).ToList(),
            passes.SelectMany(p => p.Chains).ToList());
    }

    /// <summary>The median append of the first and of the last tenth of each writer's appends, pooled: does an append slow down as a writer goes on?</summary>
    public static (double First, double Last) Drift(IReadOnlyList<List<double>> perWriter)
    {
        var first = perWriter.SelectMany(t => t.Take(Math.Max(1, t.Count / 10))).Order().ToArray();
        var last = perWriter.SelectMany(t => t.Skip(t.Count - Math.Max(1, t.Count / 10))).Order().ToArray();
        return first.Length == 0 ? (0, 0) : (Distribution.Round(Distribution.Median(first)), Distribution.Round(Distribution.Median(last)));
    }
}
