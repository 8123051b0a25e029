namespace Portal.Identity.Services;

/// <summary>How long a session lives: it ends after a quiet spell, and in any case after a working day.</summary>
public static class SessionLimits
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(10);

    public const string SignInRateLimit = "portal:signin";
    public const int SignInAttemptsPerMinute = 10;
}
