namespace Portal.Benchmarks;

/// <summary>Computes a <see cref="Comparison"/> of two samples in milliseconds.</summary>
public static class TwoSampleTest
{
    private const int BootstrapRounds = 2000;
    private const double Alpha = 0.05;

    public static Comparison Compare(IReadOnlyList<double> a, IReadOnlyList<double> b, int seed)
    {
        var (meanA, varA) = MeanVariance(a);
        var (meanB, varB) = MeanVariance(b);
        var seA = varA / a.Count;
        var seB = varB / b.Count;
        var se = Math.Sqrt(seA + seB);
        var df = (seA + seB) * (seA + seB) / (seA * seA / (a.Count - 1) + seB * seB / (b.Count - 1));
        var difference = meanA - meanB;
        var half = Normal.T975(df) * se;
        var t = se == 0 ? 0 : difference / se;
        var welchP = Normal.TwoSidedP(t);
        var (medianDifference, medianLow, medianHigh) = BootstrapMedianDifference(a, b, seed);
        var (z, mannWhitneyP) = MannWhitney(a, b);
        var pooled = Math.Sqrt(((a.Count - 1) * varA + (b.Count - 1) * varB) / (a.Count + b.Count - 2));
        var d = pooled == 0 ? 0 : difference / pooled;
        var meanExcludesZero = difference - half > 0 || difference + half < 0;
        var medianExcludesZero = medianLow > 0 || medianHigh < 0;
        var robust = medianExcludesZero && mannWhitneyP < Alpha;
        var measurable = meanExcludesZero || medianExcludesZero || mannWhitneyP < Alpha;
        var verdict = robust
            ? $"differ measurably at 95%: median {Us(medianDifference)} µs, rank test p {PText(mannWhitneyP)}; mean {Us(difference)} µs, Cohen's d {d:0.00}"
            : meanExcludesZero
                ? $"typical answers do not differ (median interval contains 0), but the means do ({Us(difference)} µs, " +
                  $"95% CI [{Us(difference - half)}, {Us(difference + half)}]): a difference in the slow tail"
                : measurable
                    ? $"weak evidence only: {(medianExcludesZero ? "the median interval excludes 0" : $"the rank test rejects (p {PText(mannWhitneyP)})")}, " +
                      "nothing else does"
                    : "no measurable difference at 95%: both intervals contain 0 and the rank test does not reject";
        return new Comparison(R(difference), R(difference - half), R(difference + half), Math.Round(t, 3), Math.Round(df, 1),
            P(welchP), R(medianDifference), R(medianLow), R(medianHigh), Math.Round(z, 3), P(mannWhitneyP), Math.Round(d, 3),
            measurable, verdict);
    }

    private static (double Mean, double Variance) MeanVariance(IReadOnlyList<double> x)
    {
        var mean = x.Average();
        return (mean, x.Sum(v => (v - mean) * (v - mean)) / (x.Count - 1));
    }

    private static (double Difference, double Low, double High) BootstrapMedianDifference(
        IReadOnlyList<double> a, IReadOnlyList<double> b, int seed)
    {
        var random = new Random(seed);
        var differences = new double[BootstrapRounds];
        var bufferA = new double[a.Count];
        var bufferB = new double[b.Count];
        for (var round = 0; round < BootstrapRounds; round++)
            differences[round] = Resample(a, bufferA, random) - Resample(b, bufferB, random);
        Array.Sort(differences);
        var observed = Distribution.Median(a.Order().ToArray()) - Distribution.Median(b.Order().ToArray());
        return (observed, differences[(int)(BootstrapRounds * Alpha / 2)], differences[(int)(BootstrapRounds * (1 - Alpha / 2)) - 1]);
    }

    private static double Resample(IReadOnlyList<double> source, double[] buffer, Random random)
    {
        for (var i = 0; i < buffer.Length; i++)
            buffer[i] = source[random.Next(source.Count)];
        Array.Sort(buffer);
        return Distribution.Median(buffer);
    }

    /// <summary>The U test by the normal approximation with the tie correction (samples of thousands).</summary>
    private static (double Z, double P) MannWhitney(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var all = a.Select(v => (Value: v, FromA: true)).Concat(b.Select(v => (Value: v, FromA: false))).OrderBy(x => x.Value).ToArray();
        double rankSumA = 0, ties = 0;
        for (var i = 0; i < all.Length;)
        {
            var j = i;
            while (j + 1 < all.Length && all[j + 1].Value == all[i].Value)
                j++;
            var rank = (i + j) / 2.0 + 1;
            var size = j - i + 1;
            ties += (double)size * size * size - size;
            for (var k = i; k <= j; k++)
                rankSumA += all[k].FromA ? rank : 0;
            i = j + 1;
        }
        double n1 = a.Count, n2 = b.Count, n = n1 + n2;
        var u = rankSumA - n1 * (n1 + 1) / 2;
        var sigma = Math.Sqrt(n1 * n2 / 12 * (n + 1 - ties / (n * (n - 1))));
        var z = sigma == 0 ? 0 : (u - n1 * n2 / 2) / sigma;
        return (z, Normal.TwoSidedP(z));
    }

    private static double R(double ms) => Math.Round(ms, 4);

    private static string Us(double ms) => (ms * 1000).ToString("+0;-0;0");

    private static double P(double p) => p < 1e-6 ? 0 : Math.Round(p, 6);

    private static string PText(double p) => p < 1e-6 ? "< 1e-6" : p.ToString("0.####");
}
