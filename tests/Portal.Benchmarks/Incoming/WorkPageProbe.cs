using System.Diagnostics;
using System.Net;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// Times the pages a person opens all day, one request at a time after a warm-up: the clerk's "my work"
/// (every registered document still waits for them to submit it: the worst case), the clerk's register
/// list, and the officer's "my work" (few documents among many).
/// </summary>
public sealed class WorkPageProbe(PortalTestServer server)
{
    private const int Warmup = 10;

    public async Task<IReadOnlyDictionary<string, LatencyStats>> RunAsync(int iterations, List<string> errors)
    {
        var results = new Dictionary<string, LatencyStats>();
        foreach (var (label, user, path) in new[]
                 {
                     ("clerk: incoming/mine", DemoAccounts.Clerk, "incoming/mine"),
                     ("clerk: incoming/registered", DemoAccounts.Clerk, "incoming/registered"),
                     ("clerk: api/incoming/counts", DemoAccounts.Clerk, "api/incoming/counts"),
                     ("officer: incoming/mine", DemoAccounts.Officer, "incoming/mine"),
                 })
        {
            using var client = server.Client();
            if (!await client.SignInAsync(DemoAccounts.Department, user, DemoAccounts.Password))
                throw new InvalidOperationException($"{user} could not sign in.");
            var times = new List<double>();
            var failures = 0;
            for (var i = -Warmup; i < iterations; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync($"{DemoAccounts.Department}/{path}");
                await response.Content.ReadAsStringAsync();
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures++;
                    if (failures <= 3)
                        errors.Add($"{label}: HTTP {(int)response.StatusCode}");
                }
                else if (i >= 0)
                    times.Add(ms);
            }
            results[label] = LatencyStats.Of(times, failures);
            Console.WriteLine($"incoming: {label}: p50 {results[label].P50} ms, p95 {results[label].P95} ms");
        }
        return results;
    }
}
