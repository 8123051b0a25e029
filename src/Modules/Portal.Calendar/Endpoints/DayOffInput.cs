namespace Portal.Calendar.Endpoints;

public sealed record DayOffInput(DateOnly? Date, string? Name);
