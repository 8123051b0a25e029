namespace Portal.Reorganisation;

/// <summary>Rows exported from a source; <see cref="Next"/> is the cursor after them, null when the source has no more.</summary>
public sealed record TransferBatch(IReadOnlyList<TransferRow> Rows, string? Next);
