namespace Portal.Benchmarks;

/// <summary>Text rows shared by the scenario tables.</summary>
public static class ComparisonPrinter
{
    public const string Header = "n      mean     sd    p50    p95    p99     max  fail";

    public static void Row(string label, Distribution d, int width = 44) =>
        Console.WriteLine($"{label.PadRight(width)} {d.Count,5} {d.Mean,7:0.000} {d.StdDev,6:0.000} {d.P50,6:0.000} {d.P95,6:0.000} " +
                          $"{d.P99,6:0.000} {d.Max,7:0.0} {d.Failures,5}");

    public static void Print(string title, Comparison c)
    {
        Console.WriteLine($"{title}:");
        Console.WriteLine($"  mean difference   {Us(c.MeanDifferenceMs)} µs, 95% CI [{Us(c.MeanCiLowMs)}, {Us(c.MeanCiHighMs)}] µs " +
                          $"(Welch t = {c.WelchT}, df = {c.WelchDf}, p = {P(c.WelchP)})");
        Console.WriteLine($"  median difference {Us(c.MedianDifferenceMs)} µs, 95% bootstrap CI [{Us(c.MedianCiLowMs)}, {Us(c.MedianCiHighMs)}] µs");
        Console.WriteLine($"  Mann–Whitney U    z = {c.MannWhitneyZ}, p = {P(c.MannWhitneyP)}; Cohen's d = {c.CohensD}");
        Console.WriteLine($"  => {c.Verdict}");
    }

    private static string Us(double ms) => (ms * 1000).ToString("+0.0;-0.0;0.0");

    private static string P(double p) => p == 0 ? "< 1e-6" : p.ToString("0.######");
}
