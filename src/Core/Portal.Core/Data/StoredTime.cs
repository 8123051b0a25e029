namespace Portal.Core.Data;

/// <summary>
/// Instants as every provider stores them: UTC, to the microsecond (PostgreSQL's precision). A value
/// that is hashed or compared after a round trip must be taken here, or it changes on the way back.
/// </summary>
public static class StoredTime
{
    public static DateTime UtcNow => Of(DateTime.UtcNow);

    /// <summary>The same instant as stored and read back: kind UTC (SQLite returns it unspecified), whole microseconds.</summary>
    public static DateTime Of(DateTime utc)
    {
        var ticks = DateTime.SpecifyKind(utc, DateTimeKind.Utc).Ticks;
        return new DateTime(ticks - ticks % TimeSpan.TicksPerMicrosecond, DateTimeKind.Utc);
    }
}
