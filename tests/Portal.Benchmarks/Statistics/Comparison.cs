namespace Portal.Benchmarks;

/// <summary>
/// Whether two samples of durations differ: the difference of means (A − B) with Welch's 95% interval and
/// test, the difference of medians with a percentile-bootstrap 95% interval, and the Mann–Whitney U test
/// (rank-based, so a few slow outliers cannot decide it). Cohen's d puts the difference against the spread.
/// </summary>
public sealed record Comparison(
    double MeanDifferenceMs,
    double MeanCiLowMs,
    double MeanCiHighMs,
    double WelchT,
    double WelchDf,
    double WelchP,
    double MedianDifferenceMs,
    double MedianCiLowMs,
    double MedianCiHighMs,
    double MannWhitneyZ,
    double MannWhitneyP,
    double CohensD,
    bool Measurable,
    string Verdict);
