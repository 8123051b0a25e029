namespace Portal.Oversight.Board;

/// <summary>A tenant's latest figures as the central office holds them.</summary>
public sealed record Publication(DateTime ComputedUtc, DateTime ReceivedUtc, FigureSheet Sheet);
