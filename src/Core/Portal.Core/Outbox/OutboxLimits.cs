namespace Portal.Core.Outbox;

/// <summary>How big a message may be, how often a failing one is retried and how far apart.</summary>
public static class OutboxLimits
{
    public const int PayloadLength = 4000;
    public const int ErrorLength = 2000;
    public const int MaxAttempts = 10;
    public const int BatchSize = 100;

    /// <summary>Exponential: 2 s, 4 s, 8 s … capped at an hour.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, Math.Clamp(attempts, 1, 12))));
}
