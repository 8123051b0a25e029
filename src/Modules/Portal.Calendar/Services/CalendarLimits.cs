namespace Portal.Calendar.Services;

public static class CalendarLimits
{
    /// <summary>About a year of working days: a longer deadline is a typing mistake.</summary>
    public const int MaxWorkingDays = 250;
}
