namespace Portal.Reorganisation;

/// <summary>
/// A module's share of a reorganisation: what it holds in a source tenant, its rows in batches, and their import into
/// the target. Export and closing run in the source's scope, import in the target's; the module touches only its own
/// tables. An import must be idempotent by the rows' source ids: a batch imported twice (a kill before the cursor was
/// saved) leaves the target as one import does.
/// </summary>
public interface ITenantTransfer
{
    /// <summary>How many rows would move, and the keys that conflict when two of the tenants hold the same one.</summary>
    Task<TransferSummary> SummariseAsync(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="size"/> rows after <paramref name="after"/> (null: from the start).</summary>
    Task<TransferBatch> ExportAsync(TransferWork work, string? after, int size, CancellationToken cancellationToken);

    /// <summary>Writes the rows the target does not hold yet, in one transaction; returns how many it wrote.</summary>
    Task<int> ImportAsync(TransferWork work, TransferBatch batch, CancellationToken cancellationToken);

    /// <summary>Once this module's rows of the source have all moved: what stays behind is closed (a register gets its closing entry).</summary>
    Task CloseSourceAsync(TransferWork work, CancellationToken cancellationToken);
}
