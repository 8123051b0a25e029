namespace Portal.Calendar.Services;

/// <summary>Asia/Ho_Chi_Minh from the system's time-zone data, so a date never depends on the server's own zone.</summary>
public static class VietnamZone
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant));
}
