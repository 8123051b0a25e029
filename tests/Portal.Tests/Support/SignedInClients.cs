using System.Collections.Concurrent;
using Portal.Testing;

namespace Portal.Tests.Support;

/// <summary>
/// Browsers signed in once per server and account, shared by the tests of a fixture: sign-in is rate
/// limited per agency and address, as it should be, so tests must not sign in for every case.
/// </summary>
public sealed class SignedInClients(PortalTestServer server) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<PortalClient>>> _clients = new(StringComparer.Ordinal);

    /// <summary>A browser signed in as the central office's admin at "/" (do not dispose it).</summary>
    public Task<PortalClient> CentralAdminAsync() => GetAsync("", DemoAccounts.CentralAdmin, DemoAccounts.CentralAdminPassword);

    /// <summary>A browser signed in as the tenant's admin "quantri" (do not dispose it).</summary>
    public Task<PortalClient> TenantAdminAsync(string tenant) => GetAsync(tenant, DemoAccounts.TenantAdmin, DemoAccounts.Password);

    public Task<PortalClient> GetAsync(string tenant, string userName, string password) =>
        _clients.GetOrAdd($"{tenant}|{userName}", _ => new Lazy<Task<PortalClient>>(async () =>
        {
            var client = server.Client();
            Assert.True(await client.SignInAsync(tenant, userName, password), $"{userName} could not sign in to '{tenant}'.");
            return client;
        })).Value;

    public void Dispose()
    {
        foreach (var client in _clients.Values.Where(c => c.IsValueCreated && c.Value.IsCompletedSuccessfully))
            client.Value.Result.Dispose();
    }
}
