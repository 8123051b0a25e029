using System.Net;
using System.Text.Json;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Exchange;
using Portal.Tests.Support;

namespace Portal.Tests.Tenancy;

/// <summary>
/// With Portal:MaxActiveTenants = 3 the node serves any number of agencies in turn, never holding more than three
/// active: each activation past the cap releases the least recently used idle one, which comes back on its next
/// request. A tenant with work in flight (a request, an envelope waiting to be retried) is never the one released; when
/// every one is busy, another agency's request waits, then answers 503.
/// </summary>
public sealed class ActiveTenantCapTests
{
    // The central office asks agencies it has no fresh figures of, activating them: kept out of the way, or its asks of
    // the new agencies would take places in the least-recently-used order these tests follow.
    private static readonly Dictionary<string, string?> Capped = new()
    {
        ["Portal:MaxActiveTenants"] = "3", ["Portal:Oversight:AskAfter"] = "365.00:00:00",
    };

    [Fact]
    public async Task Six_agencies_in_turn_all_answer_while_never_more_than_three_are_active()
    {
        await using var server = await PortalTestServer.StartAsync(demoTenants: false, settings: Capped);
        var names = Enumerable.Range(1, 6).Select(_ => UniqueNames.Tenant("xa-tran")).ToList();
        foreach (var name in names)
            await server.CreateTenantAsync(name);
        var clients = new List<PortalClient>();
        try
        {
            foreach (var name in names)
            {
                var client = server.Client();
                clients.Add(client);
                Assert.True(await client.SignInAsync(name, DemoAccounts.TenantAdmin, DemoAccounts.Password));
                await AssertUsersPageAsync(client, name);
            }
            // Each was released for the later ones; the same sessions find them again, activated afresh.
            for (var i = 0; i < names.Count; i++)
                await AssertUsersPageAsync(clients[i], names[i]);

            using var central = server.Client();
            Assert.True(await central.SignInAsync("", DemoAccounts.CentralAdmin, DemoAccounts.CentralAdminPassword));
            var page = await central.PageAsync("admin/diagnostics");
            Assert.Equal("3", page.QuerySelector("#active-limit")!.TextContent.Trim());
            Assert.Equal("3", page.QuerySelector("#active-peak")!.TextContent.Trim());
            Assert.True(int.Parse(page.QuerySelector("#active")!.TextContent.Trim()) <= 3);
            var listed = page.QuerySelectorAll("#active-tenants tbody tr").Select(r => r.Children[0].TextContent.Trim()).ToList();
            Assert.Contains("/ (cơ quan trung tâm)", listed);
            Assert.Contains(names[^1], listed);
            Assert.True(listed.Count <= 3, string.Join(", ", listed));
        }
        finally
        {
            foreach (var client in clients)
                client.Dispose();
        }
    }

    [Fact]
    public async Task A_sender_whose_envelope_waits_for_a_retry_is_not_released_under_the_cap_and_delivers_it_later()
    {
        await using var server = await PortalTestServer.StartAsync(demoTenants: false, settings: new Dictionary<string, string?>(Capped)
        {
            ["Portal:OutboxSweep"] = "00:00:01",
        });
        var host = server.Get<TenantHost>();
        var network = await ExchangeNetwork.CreateAsync(server);
        var others = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var name = UniqueNames.Tenant("xa-khac");
            await server.CreateTenantAsync(name);
            others.Add(name);
        }
        var id = await network.IssueTopSecretAsync("V/v phòng, chống thiên tai mùa mưa bão");
        var (recipient, code) = network.Communes[0];
        var administration = server.Get<TenantAdministration>();
        await administration.DisableAsync(recipient.Tenant, CancellationToken.None);
        var sent = await network.SendAsync(id, new { recipients = new[] { code } });
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        Assert.True(await Eventually.TrueAsync(async () =>
            (await network.ProgressAsync(id))[0].GetProperty("lastError").ValueKind != JsonValueKind.Null));
        var province = host.ActiveTenants.Single(t => t.Name == network.Province.Tenant);

        // Four other agencies in turn, each an activation past the cap: every idle one goes, the province stays.
        var visits = new[] { network.Communes[1].Agency.Tenant, network.Communes[2].Agency.Tenant, others[0], others[1] };
        foreach (var tenant in visits)
        {
            await VisitAsync(server, tenant);
            Assert.Contains(province, host.ActiveTenants);
        }

        await administration.EnableAsync(recipient.Tenant, CancellationToken.None);
        // Nobody visits the province: only its own retries, on the sweep of the tenants it keeps active, deliver it.
        var arrived = false;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!arrived && clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(500);
            arrived = TenantStores.Rows(server, recipient.Tenant, "SELECT count(*) FROM \"ExchangeArrivals\"").Single() == "1";
        }
        Assert.True(arrived);
        Assert.Contains(province, host.ActiveTenants);

        // Delivered and acknowledged, the province holds nothing any more: the next activations release it.
        var next = 0;
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            await VisitAsync(server, visits[next++ % visits.Length]);
            return host.ActiveTenants.All(t => t.Name != network.Province.Tenant);
        }));
        var progress = (await network.ProgressAsync(id))[0];
        Assert.Equal("Đã gửi", progress.GetProperty("state").GetString());
        Assert.Contains(progress.GetProperty("statuses").EnumerateArray(), s => s.GetProperty("code").GetString() == "01");
    }

    [Fact]
    public async Task When_every_active_agency_is_busy_another_waits_then_answers_503_and_is_served_once_one_finishes()
    {
        await using var server = await PortalTestServer.StartAsync(demoTenants: false, settings: new Dictionary<string, string?>
        {
            ["Portal:MaxActiveTenants"] = "3",
            ["Portal:TenantSlotWait"] = "00:00:05",
        });
        var host = server.Get<TenantHost>();
        var names = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var name = UniqueNames.Tenant("xa-ban");
            await server.CreateTenantAsync(name);
            names.Add(name);
        }
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        // The central office first: it takes the first slot and is never released for another (every agency's work reaches it).
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("account/login")).StatusCode);
        var bodies = new[] { new HeldRequestBody(), new HeldRequestBody() };
        var slow = new List<Task<HttpResponseMessage>>();
        for (var i = 0; i < 2; i++)
        {
            slow.Add(http.PostAsync($"{names[i]}/account/login", bodies[i]));
            var name = names[i];
            Assert.True(await Eventually.TrueAsync(() => host.ActiveTenants.Any(t => t.Name == name && t.ActiveRequests > 0)), Active(host));
        }

        using var visitor = server.Client();
        var refused = await visitor.GetAsync($"{names[2]}/account/login");
        Assert.True(HttpStatusCode.ServiceUnavailable == refused.StatusCode, Active(host));
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.All(names.Take(2), name => Assert.Contains(host.ActiveTenants, t => t.Name == name));

        bodies[0].Release();
        await AssertAnsweredAsync(await slow[0]);
        // The first one's end frees a slot: the new activation, waiting for one, gets it.
        var served = await visitor.GetAsync($"{names[2]}/account/login");
        Assert.True(served.StatusCode == HttpStatusCode.OK, $"{(int)served.StatusCode} {Active(host)}");
        bodies[1].Release();
        await AssertAnsweredAsync(await slow[1]);
        Assert.True(host.ActivePeak <= 3, $"{host.ActivePeak}");
    }

    /// <summary>What a failed assertion shows: each active tenant and the work in it.</summary>
    private static string Active(TenantHost host) => string.Join(", ", host.ActiveTenants.Select(t => $"{t.Name}: {t.ActiveRequests}"));

    /// <summary>The held sign-in was answered by the page itself (its form refused), not cut off.</summary>
    private static async Task AssertAnsweredAsync(HttpResponseMessage response) =>
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");

    private static async Task AssertUsersPageAsync(PortalClient client, string tenant)
    {
        var users = await client.PageAsync($"{tenant}/admin/users");
        Assert.Contains("Quản trị", users.Body!.TextContent);
    }

    private static async Task VisitAsync(PortalTestServer server, string tenant)
    {
        using var visitor = server.Client();
        var login = await visitor.GetAsync($"{tenant}/account/login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }
}
