namespace Portal.Reorganisation.Services;

/// <summary>A unit of the split source, the successor it goes to (its own or its nearest parent's in the map), and its people.</summary>
public sealed record PlanUnit(string Code, string Name, string Successor, int People);
