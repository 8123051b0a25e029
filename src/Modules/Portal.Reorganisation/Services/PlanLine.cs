namespace Portal.Reorganisation.Services;

/// <summary>What one module of one source moves into the target: its kind, the module's name and the rows.</summary>
public sealed record PlanLine(string Source, string Kind, string Module, int Rows);
