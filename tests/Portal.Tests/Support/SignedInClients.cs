using System.Collections.Concurrent;
using System.Diagnostics;
using Portal.Testing;

namespace Portal.Tests.Support;

/// <summary>
/// Browsers signed in once per server and account, shared by the tests of a fixture: sign-in is rate
/// limited per agency and address, as it should be, so tests must not sign in for every case.
/// </summary>
public sealed class SignedInClients(PortalTestServer server) : IDisposable
{
    /// <summary>
    /// A session ends after 30 idle minutes and its cookie is renewed only past half of them, so an account the
    /// fixture's tests leave unused for long (a loaded run) would find its session gone: signed in again before that.
    /// </summary>
    private static readonly TimeSpan Renewal = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Lazy<Task<(PortalClient Client, long SignedInAt)>>> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<PortalClient> _made = [];

    /// <summary>A browser signed in as the central office's admin at "/" (do not dispose it).</summary>
    public Task<PortalClient> CentralAdminAsync() => GetAsync("", DemoAccounts.CentralAdmin, DemoAccounts.CentralAdminPassword);

    /// <summary>A browser signed in as the tenant's admin "quantri" (do not dispose it).</summary>
    public Task<PortalClient> TenantAdminAsync(string tenant) => GetAsync(tenant, DemoAccounts.TenantAdmin, DemoAccounts.Password);

    public async Task<PortalClient> GetAsync(string tenant, string userName, string password)
    {
        var key = $"{tenant}|{userName}";
        var entry = _clients.GetOrAdd(key, _ => SignIn(tenant, userName, password));
        var signedIn = await entry.Value;
        if (Stopwatch.GetElapsedTime(signedIn.SignedInAt) < Renewal)
            return signedIn.Client;
        _clients.TryUpdate(key, SignIn(tenant, userName, password), entry);
        return (await _clients[key].Value).Client;
    }

    private Lazy<Task<(PortalClient, long)>> SignIn(string tenant, string userName, string password) => new(async () =>
    {
        var client = server.Client();
        _made.Add(client);
        Assert.True(await client.SignInAsync(tenant, userName, password), $"{userName} could not sign in to '{tenant}'.");
        return (client, Stopwatch.GetTimestamp());
    });

    public void Dispose()
    {
        foreach (var client in _made)
            client.Dispose();
    }
}
