namespace Portal.Calendar.Endpoints;

public sealed record DaysOffResponse(int Year, TimeOnly WorkStart, TimeOnly WorkEnd, IReadOnlyList<DayOff> DaysOff);
