namespace Portal.Calendar;

/// <summary>The working calendar: working days, public holidays and working hours, in Vietnam time.</summary>
public static class CalendarFeature
{
    public const string Id = "Portal.Calendar";
}
