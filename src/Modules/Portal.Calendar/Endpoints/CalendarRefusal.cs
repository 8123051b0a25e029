namespace Portal.Calendar.Endpoints;

public sealed record CalendarRefusal(string Message, IReadOnlyList<string> Errors);
