namespace Portal.Secrets.Services;

/// <summary>Periods run in calendar days in Vietnam (UTC+7).</summary>
public static class SecretClock
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>The last day of a period of <paramref name="years"/> running from <paramref name="from"/>.</summary>
    public static DateOnly End(DateOnly from, int years) => from.AddYears(years).AddDays(-1);
}
