namespace Portal.Registers;

/// <summary>A printed row: one cell per column; a cancelled row keeps its place, greyed; a secret row's level shows in red.</summary>
public sealed record PrintedRow(IReadOnlyList<string> Cells, bool Cancelled = false, bool Secret = false);
