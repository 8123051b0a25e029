namespace Portal.ApiTokens.Services;

public static class ApiTokenLimits
{
    public const int DefaultDays = 30;
    public const int MaxDays = 90;
    public const int MaxNameLength = 100;
    /// <summary>Tokens one person may hold that are neither revoked nor expired.</summary>
    public const int MaxLivePerUser = 20;
    /// <summary>The last use is written at most this often per token, so a busy script does not write on every call.</summary>
    public static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);
}
