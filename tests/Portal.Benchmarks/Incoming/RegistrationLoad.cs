using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>The clerk's clients register documents through POST /api/incoming at once, each its own connection with the clerk's session.</summary>
public sealed class RegistrationLoad(PortalTestServer server)
{
    public async Task<RegistrationLoadResult> RunAsync(int total, int clients, List<string> errors)
    {
        using var clerk = server.Client();
        if (!await clerk.SignInAsync(DemoAccounts.Department, DemoAccounts.Clerk, DemoAccounts.Password))
            throw new InvalidOperationException("The demo clerk could not sign in.");
        var times = new ConcurrentBag<double>();
        var failures = new ConcurrentQueue<string>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            using var client = server.Client();
            client.Cookies.Add(clerk.Cookies.GetAllCookies());
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{DemoAccounts.Department}/api/incoming")
                {
                    Content = JsonContent.Create(IncomingDocuments.Body(i, "API")),
                });
                if (response.StatusCode == HttpStatusCode.Created)
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                else
                    failures.Enqueue($"registration {i}: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        })));
        var seconds = clock.Elapsed.TotalSeconds;
        errors.AddRange(failures.Take(20));
        return new RegistrationLoadResult(times.Count, clients, Math.Round(seconds, 1), Math.Round(times.Count / seconds, 1),
            LatencyStats.Of(times, failures.Count));
    }
}
