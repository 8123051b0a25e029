using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Configuration;

namespace Portal.Core.Security;

/// <summary>
/// When a session last proved a second factor (a code or a certificate). Step-up asks for it to be
/// recent before the gravest acts; sessions opened by an API token never carry it.
/// </summary>
public static class StrongAuthentication
{
    public const string Claim = "portal:strong";

    public static readonly TimeSpan DefaultFreshness = TimeSpan.FromMinutes(5);

    /// <summary>Configuration "Portal:StepUpFreshness".</summary>
    public static TimeSpan Freshness(IConfiguration configuration) => configuration.GetValue("Portal:StepUpFreshness", DefaultFreshness);

    public static bool IsFresh(ClaimsPrincipal user, TimeSpan freshness) =>
        long.TryParse(user.FindFirstValue(Claim), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
        && DateTime.UtcNow - new DateTime(ticks, DateTimeKind.Utc) <= freshness;
}
