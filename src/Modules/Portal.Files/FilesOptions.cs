namespace Portal.Files;

/// <summary>The vault's settings (section "Portal:Files"); the master key is "Portal:MasterKey".</summary>
public sealed class FilesOptions
{
    /// <summary>The largest file accepted, counted while it streams in (an upload need not say its length).</summary>
    public long MaxFileBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>How old an orphan blob or an abandoned temporary file must be before the sweep removes it: longer than any upload and its transaction.</summary>
    public TimeSpan OrphanGrace { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often an active tenant is swept again (it is swept once soon after it activates).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How often the sweeper looks for active tenants that are due.</summary>
    public TimeSpan SweepCheck { get; set; } = TimeSpan.FromMinutes(1);

    public int MaxFilesPerForm { get; set; } = 20;
}
