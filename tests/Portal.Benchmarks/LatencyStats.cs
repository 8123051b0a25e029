namespace Portal.Benchmarks;

/// <summary>Percentiles (nearest rank) of a set of durations in milliseconds.</summary>
public sealed record LatencyStats(int Count, int Failures, double P50, double P95, double P99, double Max, double Mean)
{
    public static LatencyStats Of(IReadOnlyCollection<double> milliseconds, int failures = 0)
    {
        if (milliseconds.Count == 0)
            return new LatencyStats(0, failures, 0, 0, 0, 0, 0);
        var sorted = milliseconds.Order().ToArray();
        return new LatencyStats(sorted.Length, failures, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99),
            Math.Round(sorted[^1], 1), Math.Round(sorted.Average(), 1));
    }

    private static double Rank(double[] sorted, double p) =>
        Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)], 1);
}
