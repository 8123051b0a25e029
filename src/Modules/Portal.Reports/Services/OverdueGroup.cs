namespace Portal.Reports.Services;

/// <summary>Overdue documents held by one unit or one person: how many, and the most working days any is late.</summary>
public sealed record OverdueGroup(string Name, int Count, int MostDaysLate);
