using System.Collections.Concurrent;
using OtpNet;

namespace Portal.Testing;

/// <summary>
/// The test's authenticator app: keeps each enrolled account's key (per server) and gives a code the
/// server has not seen yet — the next 30 s step when the current one was used, waiting if need be.
/// </summary>
public static class Authenticators
{
    private static readonly ConcurrentDictionary<string, (string Key, long LastStep)> Accounts = new();

    public static void Enrol(Uri server, string tenant, string userName, string key) =>
        Accounts[Id(server, tenant, userName)] = (key.Replace(" ", ""), 0);

    public static bool Knows(Uri server, string tenant, string userName) => Accounts.ContainsKey(Id(server, tenant, userName));

    public static async Task<string> NextCodeAsync(Uri server, string tenant, string userName)
    {
        var id = Id(server, tenant, userName);
        var (key, last) = Accounts[id];
        var totp = new Totp(Base32Encoding.ToBytes(key));
        while (true)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
            var step = Math.Max(now, last + 1);
            if (step <= now + 1)
            {
                Accounts[id] = (key, step);
                return totp.ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>The same authenticator for the same account elsewhere (a tenant restored from a backup under another name or on another server).</summary>
    /// <remarks>An account moved by a merge may arrive under another user name (<paramref name="toUserName"/>).</remarks>
    public static void Copy(Uri fromServer, string fromTenant, Uri toServer, string toTenant, string userName, string? toUserName = null) =>
        Accounts[Id(toServer, toTenant, toUserName ?? userName)] = Accounts[Id(fromServer, fromTenant, userName)];

    /// <summary>The code already given for the last step used: what a replaying attacker would send.</summary>
    public static string LastCode(Uri server, string tenant, string userName)
    {
        var (key, last) = Accounts[Id(server, tenant, userName)];
        return new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(last * 30).UtcDateTime);
    }

    private static string Id(Uri server, string tenant, string userName) => $"{server.Authority}|{tenant}|{userName}";
}
