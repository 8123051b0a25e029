using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Resilience;
using Portal.Tests.Support;
using Xunit.Abstractions;

namespace Portal.Tests.Search;

/// <summary>
/// Killing the server while the outbox feeds the index loses nothing: a real server process (the built host)
/// takes registrations from three clients at once and is killed (SIGKILL) at a moment when the tenant's outbox
/// holds document changes not yet indexed, several times; after the last restart every document the database
/// holds — confirmed to a client or committed just before the kill — is found by the search, exactly once,
/// because the outbox replays what the kill interrupted.
/// </summary>
[Trait("Database", "Both")]
public sealed class IndexCrashTests(ITestOutputHelper output)
{
    private const string Tenant = HostScene.Tenant;
    private const string Symbol = "/CHIMUC";
    private const string Word = "khôiphục";
    private const int MinKills = 3, MaxKills = 8, KillsWithPending = 2;

    [Fact]
    public async Task Killing_the_server_while_the_outbox_feeds_the_index_loses_no_committed_document()
    {
        await using var scene = await HostScene.CreateAsync();
        var host = scene.Host;
        var confirmed = new ConcurrentQueue<string>();
        var pendingAtKills = new List<long>();
        for (var kill = 0; kill < MaxKills && (kill < MinKills || pendingAtKills.Count(p => p > 0) < KillsWithPending); kill++)
        {
            await scene.StartAsync();
            using var stop = new CancellationTokenSource();
            var before = confirmed.Count;
            var clients = Enumerable.Range(0, 3).Select(c => Task.Run(() => RegisterLoopAsync(host, $"{kill}-{c}", confirmed, stop.Token))).ToList();
            // Some registrations through, then the moment the outbox has changes the index has not taken yet.
            await WaitAsync(() => confirmed.Count >= before + 3, "three registrations since the restart", host);
            var clock = Stopwatch.StartNew();
            while (Pending(host) == 0 && clock.Elapsed < TimeSpan.FromSeconds(30))
                await Task.Delay(5);
            await host.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(clients);
            pendingAtKills.Add(Pending(host));
        }
        await scene.StartAsync();

        var committed = TenantStores.Rows(host.Database, host.DataFolder, Tenant,
            $"SELECT \"NumberSymbol\" FROM \"IncomingDocuments\" WHERE \"NumberSymbol\" LIKE '%{Symbol}'").ToHashSet();
        Assert.Subset(committed, confirmed.ToHashSet());
        await WaitAsync(() => Pending(host) == 0, "the outbox replayed", host);
        var found = await FoundAsync(scene.Clerk);
        output.WriteLine($"{host.Database.Provider}: {pendingAtKills.Count} kills, changes pending at each: {string.Join(", ", pendingAtKills)}; " +
                         $"{confirmed.Count} confirmed, {committed.Count} committed, {found.Count} found");
        Assert.True(pendingAtKills.Any(p => p > 0), "No kill fell while the outbox held changes: " + string.Join(", ", pendingAtKills));
        Assert.Equal(found.Count, found.Distinct().Count());
        Assert.Equal(committed.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    /// <summary>Document changes the index has not taken yet (read from the database beside the server).</summary>
    private static long Pending(PortalHostProcess host) =>
        long.Parse(TenantStores.Rows(host.Database, host.DataFolder, Tenant,
            "SELECT COUNT(*) FROM \"OutboxMessages\" WHERE \"Topic\" = 'document.changed' AND \"FailedUtc\" IS NULL").Single());

    /// <summary>Every number the clerk's search finds for the word all these documents share, page by page.</summary>
    private static async Task<List<string>> FoundAsync(PortalClient clerk)
    {
        var found = new List<string>();
        for (var page = 1; ; page++)
        {
            using var response = await clerk.GetAsync($"{Tenant}/api/search?pageSize=100&sort=date&page={page}&q={Uri.EscapeDataString(Word)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var hits = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hits").EnumerateArray()
                .Select(h => h.GetProperty("number").GetString()!).ToList();
            found.AddRange(hits);
            if (hits.Count < 100)
                return found;
        }
    }

    /// <summary>One client registering until stopped; a request the kill cut off is just not confirmed.</summary>
    private static async Task RegisterLoopAsync(PortalHostProcess host, string client, ConcurrentQueue<string> confirmed, CancellationToken stop)
    {
        using var clerk = new PortalClient(host.BaseAddress);
        try
        {
            if (!await clerk.SignInAsync(Tenant, DemoAccounts.Clerk, DemoAccounts.Password))
                return;
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var number = $"{client}-{i}{Symbol}";
                using var response = await clerk.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{Tenant}/api/incoming")
                {
                    Content = JsonContent.Create(RegistrationTests.Body(("numberSymbol", number),
                        ("subject", $"V/v kiểm tra {Word} chỉ mục sau sự cố, lần {client}-{i}"))),
                });
                if (response.StatusCode == HttpStatusCode.Created)
                    confirmed.Enqueue(number);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or OperationCanceledException)
        {
            // The server was killed under the request.
        }
    }

    private static async Task WaitAsync(Func<bool> condition, string what, PortalHostProcess host)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"Not within 3 minutes: {what}.\n{host.ServerErrors()}");
            await Task.Delay(50);
        }
    }
}
