namespace Portal.Reorganisation;

/// <summary>A tenant's units (each with its parent's code) and which unit each person belongs to, as a split reads them.</summary>
public sealed record OrganisationChart(IReadOnlyList<ChartUnit> Units, IReadOnlyDictionary<string, string?> UnitOfUser);
