using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;
using Portal.Identity.Models;

namespace Portal.Identity.Services;

/// <summary>
/// Time-based one-time codes (RFC 6238: 30 s steps, 6 digits, server time, one step of drift either
/// way). A code is accepted once: the step it matched is remembered and no step at or before it is
/// accepted again.
/// </summary>
public sealed class TotpAuthenticator(UserManager<PortalUser> users)
{
    public const string Provider = "Portal.Totp";
    public const string KeyName = "Key";
    private const string LastStepName = "LastStep";

    /// <summary>The key being enrolled: kept until enrolment succeeds, replaced by a new one if asked.</summary>
    public async Task<string> EnrolmentKeyAsync(PortalUser user)
    {
        if (await users.GetAuthenticationTokenAsync(user, Provider, KeyName) is { Length: > 0 } existing)
            return existing;
        var key = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));
        await users.SetAuthenticationTokenAsync(user, Provider, KeyName, key);
        return key;
    }

    public async Task<bool> VerifyAsync(PortalUser user, string? code)
    {
        var digits = new string((code ?? "").Where(char.IsDigit).ToArray());
        var key = await users.GetAuthenticationTokenAsync(user, Provider, KeyName);
        if (digits.Length != 6 || string.IsNullOrEmpty(key))
            return false;
        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(DateTime.UtcNow, digits, out var step, new VerificationWindow(previous: 1, future: 1)))
            return false;
        var last = long.TryParse(await users.GetAuthenticationTokenAsync(user, Provider, LastStepName), NumberStyles.None,
            CultureInfo.InvariantCulture, out var value) ? value : 0;
        if (step <= last)
            return false;
        await users.SetAuthenticationTokenAsync(user, Provider, LastStepName, step.ToString(CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>Sets a known key (recipes for demo accounts); the account counts as enrolled.</summary>
    public async Task SetKeyAsync(PortalUser user, string base32Key)
    {
        await users.SetAuthenticationTokenAsync(user, Provider, KeyName, base32Key);
        await users.SetTwoFactorEnabledAsync(user, true);
    }

    public static string Uri(string issuer, string account, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}" +
        $"?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6&period=30";
}
