using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// One signed-in browser per tenant (the tenant admin): a request to the home page opens the tenant's
/// database (the session is checked against the account), unlike the anonymous sign-in page.
/// </summary>
public sealed class SignedInProbe(Uri baseAddress) : IDisposable
{
    private readonly ConcurrentDictionary<string, PortalClient> _clients = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Errors { get; } = new();

    /// <summary>Signs in to each tenant, <paramref name="concurrency"/> at a time; the time is the whole sign-in (page, then post).</summary>
    public async Task<LatencyStats> SignInAsync(IReadOnlyList<string> tenants, int concurrency)
    {
        var times = new ConcurrentBag<double>();
        await Parallel.ForEachAsync(tenants, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (tenant, _) =>
        {
            var client = _clients.GetOrAdd(tenant, _ => new PortalClient(baseAddress));
            var clock = Stopwatch.StartNew();
            if (await client.SignInAsync(tenant, BenchTenants.AdminUserName, BenchTenants.AdminPassword))
                times.Add(clock.Elapsed.TotalMilliseconds);
            else
                Errors.Enqueue($"{tenant}: the tenant admin could not sign in");
        });
        return LatencyStats.Of(times, tenants.Count - times.Count);
    }

    /// <summary>GET /{tenant}/ once per signed-in tenant, one at a time.</summary>
    public async Task<LatencyStats> HomePassAsync(IReadOnlyList<string> tenants)
    {
        var times = new List<double>();
        foreach (var tenant in tenants.Where(_clients.ContainsKey))
        {
            var clock = Stopwatch.StartNew();
            using var response = await _clients[tenant].GetAsync(tenant + "/");
            await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
                times.Add(clock.Elapsed.TotalMilliseconds);
            else
                Errors.Enqueue($"{tenant}: home page answered HTTP {(int)response.StatusCode} to a signed-in admin");
        }
        return LatencyStats.Of(times, _clients.Count - times.Count);
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
            client.Dispose();
    }
}
