namespace Portal.Oversight;

/// <summary>When tenants publish their figures and when the central office calls one silent (section "Portal:Oversight").</summary>
public sealed class OversightOptions
{
    /// <summary>A tenant whose last figures are older than this shows as silent, not as zero.</summary>
    public TimeSpan SilentAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often an active tenant publishes again (it publishes once soon after it activates).</summary>
    public TimeSpan PublishInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long after a change a tenant waits before publishing, so a burst of changes makes one message.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The central office asks a tenant (activating it if cold) whose figures are older than this.</summary>
    public TimeSpan AskAfter { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How many cold tenants the central office asks per check, so asking never floods the host.</summary>
    public int AskBatch { get; set; } = 20;

    /// <summary>How often the scheduler looks for work.</summary>
    public TimeSpan Check { get; set; } = TimeSpan.FromSeconds(5);
}
