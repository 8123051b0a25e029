using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Exchange;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Oversight;

/// <summary>
/// The rollout as the central office follows it: a commune's first electronic exchange and its search index's health
/// reach the published figures, equal to the commune's own store; an agency that has not reached a step whose deadline
/// has passed stands out on the dashboard, on its page and in the filter, until it reaches it.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class RolloutTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task The_first_exchange_and_the_index_health_reach_the_central_office_as_the_commune_counts_them()
    {
        var network = await ExchangeNetwork.SharedAsync(fixture.Server);
        var (commune, code) = await network.NewCommuneAsync();
        var admin = await fixture.Clients.CentralAdminAsync();
        var before = await FiguresAsync(admin, commune.Tenant);
        Assert.False(before.GetProperty("times").TryGetProperty("first-exchange", out _));

        var id = await network.IssueTopSecretAsync("V/v kiểm tra công tác bảo vệ bí mật nhà nước năm 2027");
        var sent = await network.SendAsync(id, new { recipients = new[] { code } });
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        await ExchangeTrackingTests.ArrivedAsync(network, commune, id);
        await commune.RegisterAsync(IncomingAgency.Form());

        var figures = await FiguresAsync(admin, commune.Tenant);
        Assert.True(figures.GetProperty("times").TryGetProperty("first-exchange", out _));
        var counts = figures.GetProperty("counts");
        Assert.Equal(Count(commune.Tenant, "SELECT COUNT(*) FROM \"ExchangeArrivals\""), counts.GetProperty("exchange.received").GetInt64());
        Assert.Equal(1, counts.GetProperty("exchange.received").GetInt64());
        Assert.Equal(Count(commune.Tenant, "SELECT (SELECT COUNT(*) FROM \"IncomingDocuments\") + (SELECT COUNT(*) FROM \"OutgoingDocuments\")"),
            counts.GetProperty("search.documents").GetInt64());
        var province = (await FiguresAsync(admin, network.Province.Tenant)).GetProperty("counts");
        Assert.Equal(Count(network.Province.Tenant, "SELECT COUNT(*) FROM \"ExchangeSendings\""), province.GetProperty("exchange.sent").GetInt64());

        // The index catches up with the store; the agency page says so.
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            var c = (await FiguresAsync(admin, commune.Tenant)).GetProperty("counts");
            return c.GetProperty("search.indexed").GetInt64() == c.GetProperty("search.documents").GetInt64();
        }));
        var page = await admin.PageAsync($"admin/oversight/agencies/{commune.Tenant}");
        Assert.EndsWith("(khớp)", page.QuerySelector("#index")!.TextContent.Trim());
        Assert.Equal("0 / 0 / 1", page.QuerySelector("#exchange")!.TextContent.Trim());
        Assert.NotEqual("—", page.QuerySelector("#first-exchange")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_agency_behind_a_passed_deadline_stands_out_until_it_reaches_the_step()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "tdhan");
        var admin = await fixture.Clients.CentralAdminAsync();
        await FiguresAsync(admin, agency.Tenant);
        var wrongOrder = await SaveAsync(admin, ("SetUp", "2020-03-01"), ("UsersCreated", "2020-01-01"));
        Assert.Equal(HttpStatusCode.OK, wrongOrder.StatusCode);
        Assert.Contains("Các mốc phải theo thứ tự", await wrongOrder.Content.ReadAsStringAsync());
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(admin, ("SetUp", "2020-01-01"), ("UsersCreated", "2020-01-02"), ("Working", "2020-01-03"))).StatusCode);
            var page = await admin.PageAsync($"admin/oversight/agencies/{agency.Tenant}");
            Assert.Equal("Chậm tiến độ: vào sổ văn bản đầu tiên (hạn 03/01/2020)", page.QuerySelector("#behind")!.TextContent.Trim());
            var behind = await admin.PageAsync($"admin/oversight?behind=true&q={agency.Tenant}");
            Assert.NotNull(behind.QuerySelector($"#agencies tr.behind[data-tenant='{agency.Tenant}']"));
            Assert.Contains("oversight.deadlines-changed",
                TenantStores.Rows(fixture.Server, "Default", "SELECT \"Action\" FROM \"AuditEntries\" ORDER BY \"Position\" DESC LIMIT 5"));

            await agency.RegisterAsync(IncomingAgency.Form());
            await FiguresAsync(admin, agency.Tenant);
            page = await admin.PageAsync($"admin/oversight/agencies/{agency.Tenant}");
            Assert.Null(page.QuerySelector("#behind"));
            behind = await admin.PageAsync($"admin/oversight?behind=true&q={agency.Tenant}");
            Assert.Null(behind.QuerySelector($"#agencies tr[data-tenant='{agency.Tenant}']"));
        }
        finally
        {
            await SaveAsync(admin);
        }
    }

    private static Task<HttpResponseMessage> SaveAsync(PortalClient admin, params (string Field, string Date)[] dates) =>
        admin.SubmitAsync("admin/oversight/deadlines", dates.ToDictionary(d => d.Field, d => d.Date), "/deadlines");

    /// <summary>Asks the agency to publish now and answers the figures the central office then holds.</summary>
    private static async Task<JsonElement> FiguresAsync(PortalClient admin, string tenant)
    {
        Assert.Equal(HttpStatusCode.Accepted, (await admin.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"api/oversight/agencies/{tenant}/ask"))).StatusCode);
        var response = await admin.GetAsync($"api/oversight/agencies/{tenant}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("figures");
    }

    private long Count(string tenant, string sql) => long.Parse(TenantStores.Rows(fixture.Server, tenant, sql).Single());
}
