namespace Portal.Incoming.Services;

/// <summary>The Vietnam day a tenant's deadline notices last ran, kept on the tenant (gone when it is released, which only repeats a run).</summary>
public sealed class DeadlineWatchDay
{
    public DateOnly? Day { get; set; }
}
