using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Portal.ApiTokens.Services;

/// <summary>
/// The secret a script sends: "ptk_" and 32 random bytes in base64url. The store keeps its SHA-256
/// (a 256-bit random secret needs no slow hash) and the first characters, to recognise it in a list.
/// </summary>
public static class ApiTokenSecret
{
    public const string Marker = "ptk_";
    public const int PrefixLength = 12;
    private const int RandomBytes = 32;
    private static readonly int Length = Marker.Length + WebEncoders.Base64UrlEncode(new byte[RandomBytes]).Length;
    private static readonly SearchValues<char> Base64UrlAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static string New() => Marker + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(RandomBytes));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string Prefix(string secret) => secret[..PrefixLength];

    /// <summary>Whether the text has the secret's shape (marker, length, base64url alphabet), before any lookup.</summary>
    public static bool IsWellFormed(string? secret) =>
        secret is not null && secret.Length == Length && secret.StartsWith(Marker, StringComparison.Ordinal)
        && secret.AsSpan(Marker.Length).IndexOfAnyExcept(Base64UrlAlphabet) < 0;
}
