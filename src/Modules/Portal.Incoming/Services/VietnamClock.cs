using System.Globalization;

namespace Portal.Incoming.Services;

/// <summary>Vietnam time (UTC+7 all year, no daylight saving since 1975): the days a clerk writes and deadlines fall on.</summary>
internal static class VietnamClock
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow + Offset);

    public static DateTime Local(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc) + Offset;

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    /// <summary>The UTC instant at which that Vietnam day begins.</summary>
    public static DateTime StartUtc(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);

    public static string Format(DateTime utc) => Local(utc).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Format(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Format(DateOnly? day) => day is { } d ? Format(d) : "";
}
