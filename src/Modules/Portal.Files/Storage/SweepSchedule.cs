namespace Portal.Files.Storage;

/// <summary>When the active tenant was last swept; a fresh activation has none, so it is swept at once.</summary>
internal sealed class SweepSchedule
{
    public DateTime? LastSweepUtc { get; set; }

    /// <summary>Due after activation, then every interval, but only if someone used the tenant since: a sweep must not keep an idle tenant alive.</summary>
    public bool IsDue(DateTime now, TimeSpan interval, DateTime lastAccessUtc) =>
        LastSweepUtc is not { } last || (now - last >= interval && lastAccessUtc > last);
}
