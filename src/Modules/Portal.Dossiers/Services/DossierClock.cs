namespace Portal.Dossiers.Services;

/// <summary>Dossier dates are calendar days in Vietnam (UTC+7).</summary>
public static class DossierClock
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
