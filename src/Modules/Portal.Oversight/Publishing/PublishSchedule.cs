namespace Portal.Oversight.Publishing;

/// <summary>An active tenant's publishing state, kept on its context: when it last published and since when it changed.</summary>
internal sealed class PublishSchedule
{
    private long _changedTicks;

    public DateTime? LastPublishedUtc { get; set; }

    public void Changed(DateTime now) => Interlocked.CompareExchange(ref _changedTicks, now.Ticks, 0);

    /// <summary>Due when never published since activation, when the interval passed, or when a change has settled for the debounce.</summary>
    public bool IsDue(DateTime now, TimeSpan interval, TimeSpan debounce)
    {
        if (LastPublishedUtc is not { } last || now - last >= interval)
            return true;
        var changed = Interlocked.Read(ref _changedTicks);
        return changed != 0 && now - new DateTime(changed, DateTimeKind.Utc) >= debounce;
    }

    /// <summary>Records a publication begun at <paramref name="startedUtc"/>; a change noted after it began stays due.</summary>
    public void Published(DateTime startedUtc)
    {
        LastPublishedUtc = startedUtc;
        var changed = Interlocked.Read(ref _changedTicks);
        if (changed != 0 && changed <= startedUtc.Ticks)
            Interlocked.CompareExchange(ref _changedTicks, 0, changed);
    }
}
