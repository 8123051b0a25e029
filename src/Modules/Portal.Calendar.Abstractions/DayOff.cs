namespace Portal.Calendar;

/// <summary>A public holiday or other day off for everyone (beyond Saturdays and Sundays), with its name.</summary>
public sealed record DayOff(DateOnly Date, string Name, bool Fixed);
