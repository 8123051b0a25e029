using System.Net;
using Portal.Testing;
using Portal.Tests.Exchange;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Secrets;

/// <summary>
/// A shorter protection period written on the document (DOMAIN.md §2.2), over real HTTP: typed at registration or on the
/// draft, it holds instead of the tenant's period when shorter, the register shows it as written on the document, one longer
/// than the law's is refused, and it travels with an exchanged document to the recipient's register.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class StatedPeriodTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task A_period_written_on_an_incoming_document_holds_when_shorter_than_the_tenants()
    {
        var agency = await SecretAgency.CreateAsync(fixture.Server, "bmghi");
        var stated = await agency.Agency.RegisterAsync(IncomingAgency.Form(("DocumentDate", "2024-05-02"), ("NumberSymbol", "12/UBND-NC"),
            ("ProtectionYears", "4")));
        var entry = await agency.EntryAsync("incoming", stated);
        Assert.Equal(4, entry.GetProperty("periodYears").GetInt32());
        Assert.True(entry.GetProperty("periodStated").GetBoolean());
        Assert.Equal("2028-05-01", entry.GetProperty("endsOn").GetString());
        Assert.Equal(4, (await agency.Agency.GetJsonAsync(DemoAccounts.Clerk, $"api/incoming/{stated}")).GetProperty("protectionYears").GetInt32());
        var page = await (await agency.Agency.AsAsync(DemoAccounts.Clerk)).PageAsync($"{agency.Tenant}/secrets");
        var period = page.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("12/UBND-NC")).QuerySelector(".period")!.TextContent;
        Assert.Contains("4 năm", period);
        Assert.Contains("ghi trên văn bản", period);

        // Longer than the law's period for Mật: refused, with the reason on the form.
        var clerk = await agency.Agency.AsAsync(DemoAccounts.Clerk);
        var refused = await clerk.SubmitAsync($"{agency.Tenant}/incoming/new", IncomingAgency.Form(("ProtectionYears", "12")), "/incoming/new");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(Pages.FormErrors(await PortalClient.ParseAsync(refused)), e => e.Contains("từ 1 đến 10"));

        // The tenant's own period is shorter still: it holds, and the line says nothing of the document's.
        await agency.SetAsync("Secrets.PeriodYears.Mat", "3");
        var longer = await agency.Agency.RegisterAsync(IncomingAgency.Form(("DocumentDate", "2025-01-10"), ("ProtectionYears", "5")));
        var tenants = await agency.EntryAsync("incoming", longer);
        Assert.Equal(3, tenants.GetProperty("periodYears").GetInt32());
        Assert.False(tenants.GetProperty("periodStated").GetBoolean());
        Assert.Equal("2028-01-09", tenants.GetProperty("endsOn").GetString());
    }

    [Fact]
    public async Task A_period_written_on_a_draft_holds_for_the_issued_document_and_for_the_copy_an_agency_receives()
    {
        var network = await ExchangeNetwork.SharedAsync(fixture.Server);
        var (commune, code) = network.Communes[2];
        var id = await network.IssueTopSecretAsync("V/v kế hoạch diễn tập khu vực phòng thủ năm 2027", "8");
        var issued = await new SecretAgency(network.Province.Agency).EntryAsync("outgoing", id);
        Assert.Equal(8, issued.GetProperty("periodYears").GetInt32());
        Assert.True(issued.GetProperty("periodStated").GetBoolean());

        var sent = await network.SendAsync(id, new { recipients = new[] { code } });
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        var copy = await ExchangeTrackingTests.RegisterAsync(network, commune, await ExchangeTrackingTests.ArrivedAsync(network, commune, id));
        var received = await new SecretAgency(commune).EntryAsync("incoming", copy);
        Assert.Equal(8, received.GetProperty("periodYears").GetInt32());
        Assert.True(received.GetProperty("periodStated").GetBoolean());
        Assert.Equal(DateOnly.Parse(received.GetProperty("levelSetOn").GetString()!).AddYears(8).AddDays(-1).ToString("yyyy-MM-dd"),
            received.GetProperty("endsOn").GetString());
    }
}
