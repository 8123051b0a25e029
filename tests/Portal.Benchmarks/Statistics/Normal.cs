namespace Portal.Benchmarks;

/// <summary>The standard normal and Student's t quantile the two-sample comparison needs.</summary>
public static class Normal
{
    /// <summary>Two-sided p-value of a z score (erfc by the Chebyshev fit of Numerical Recipes, relative error below 1.2e-7).</summary>
    public static double TwoSidedP(double z)
    {
        var x = Math.Abs(z) / Math.Sqrt(2);
        var t = 1 / (1 + 0.5 * x);
        var erfc = t * Math.Exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return Math.Min(1, erfc);
    }

    /// <summary>The 97.5% quantile of Student's t with <paramref name="df"/> degrees of freedom (Cornish–Fisher expansion; exact to 1e-3 from df 10).</summary>
    public static double T975(double df)
    {
        const double z = 1.959963985;
        return z + (z * z * z + z) / (4 * df) + (5 * Math.Pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * df * df);
    }
}
