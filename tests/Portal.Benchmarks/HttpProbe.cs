using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Portal.Benchmarks;

/// <summary>Times GET /{tenant}/account/login over real HTTP on loopback, body read in full, response checked.</summary>
public sealed class HttpProbe(Uri baseAddress) : IDisposable
{
    private const string LoginMarker = "name=\"UserName\"";

    private readonly HttpClient _http = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromMinutes(2),
    };

    public ConcurrentQueue<string> Errors { get; } = new();

    /// <summary>Milliseconds for the sign-in page of the tenant, or null when the answer was not that page.</summary>
    public async Task<double?> LoginPageAsync(string tenant)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await _http.GetAsync($"{tenant}/account/login");
            var body = await response.Content.ReadAsStringAsync();
            var ms = clock.Elapsed.TotalMilliseconds;
            if (response.StatusCode == HttpStatusCode.OK && body.Contains(LoginMarker, StringComparison.Ordinal))
                return ms;
            Errors.Enqueue($"{tenant}: HTTP {(int)response.StatusCode} without the sign-in form");
        }
        catch (HttpRequestException e)
        {
            Errors.Enqueue($"{tenant}: {e.Message}");
        }
        return null;
    }

    /// <summary>One request to each tenant, <paramref name="concurrency"/> at a time.</summary>
    public async Task<LatencyStats> PassAsync(IReadOnlyList<string> tenants, int concurrency = 1)
    {
        var times = new ConcurrentBag<double>();
        var failures = 0;
        await Parallel.ForEachAsync(tenants, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (tenant, _) =>
        {
            if (await LoginPageAsync(tenant) is { } ms)
                times.Add(ms);
            else
                Interlocked.Increment(ref failures);
        });
        return LatencyStats.Of(times, failures);
    }

    public void Dispose() => _http.Dispose();
}
