namespace Portal.Files.Storage;

/// <summary>What one sweep of a tenant's vault removed.</summary>
internal sealed record SweepResult(int OrphanBlobs, int StaleTemporaryFiles);
