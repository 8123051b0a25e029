namespace Portal.Calendar.Controllers;

public sealed record CalendarPage(int Year, TimeOnly WorkStart, TimeOnly WorkEnd, IReadOnlyList<DayOff> DaysOff, bool CanEdit,
    IReadOnlyList<string> Errors);
