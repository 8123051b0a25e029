namespace Portal.Reorganisation;

/// <summary>What a module of one tenant holds for the plan: rows to move and conflict keys.</summary>
public sealed record TransferSummary(int Rows, IReadOnlyList<TransferKey> Keys);
