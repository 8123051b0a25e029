namespace Portal.Registers.Services;

/// <summary>Asia/Ho_Chi_Minh time, in which the numbering year starts: UTC+7 all year, without daylight saving since 1975.</summary>
internal static class VietnamTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The calendar year in Vietnam at that instant: 31 December 17:00 UTC is already 1 January there.</summary>
    public static int YearOf(DateTimeOffset at) => at.ToOffset(Offset).Year;

    /// <summary>The UTC instant a Vietnam calendar day starts.</summary>
    public static DateTime StartUtc(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);
}
