namespace Portal.Reorganisation;

/// <summary>A unit of the organisation chart: its code, name and parent unit's code (null at the top).</summary>
public sealed record ChartUnit(string Code, string Name, string? ParentCode);
