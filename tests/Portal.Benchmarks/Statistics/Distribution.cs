namespace Portal.Benchmarks;

/// <summary>Summary of a set of durations in milliseconds, kept to the microsecond (nearest-rank percentiles).</summary>
public sealed record Distribution(int Count, int Failures, double Mean, double StdDev, double P50, double P95, double P99, double Max)
{
    public static Distribution Of(IReadOnlyCollection<double> milliseconds, int failures = 0)
    {
        if (milliseconds.Count == 0)
            return new Distribution(0, failures, 0, 0, 0, 0, 0, 0);
        var sorted = milliseconds.Order().ToArray();
        var mean = sorted.Average();
        var variance = sorted.Length > 1 ? sorted.Sum(x => (x - mean) * (x - mean)) / (sorted.Length - 1) : 0;
        return new Distribution(sorted.Length, failures, Round(mean), Round(Math.Sqrt(variance)), Rank(sorted, 0.50),
            Rank(sorted, 0.95), Rank(sorted, 0.99), Round(sorted[^1]));
    }

    public static double Round(double ms) => Math.Round(ms, 3);

    public static double Median(IReadOnlyList<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    private static double Rank(double[] sorted, double p) =>
        Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)]);
}
