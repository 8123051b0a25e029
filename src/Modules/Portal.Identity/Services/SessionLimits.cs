namespace Portal.Identity.Services;

/// <summary>
/// How long a session lives: it ends after a quiet spell, and in any case after a working day
/// (configuration "Portal:SessionIdle" and "Portal:SessionAbsolute").
/// </summary>
public static class SessionLimits
{
    public static readonly TimeSpan DefaultIdle = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan DefaultAbsolute = TimeSpan.FromHours(10);

    public const string SignInRateLimit = "portal:signin";
    /// <summary>Sign-in steps (password, code) one address may try per minute in one tenant; configuration "Portal:SignInAttemptsPerMinute".</summary>
    public const int DefaultSignInAttemptsPerMinute = 30;
}
