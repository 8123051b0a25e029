using System.Net;
using System.Text.Json;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Tests.Secrets;
using Portal.Tests.Support;

namespace Portal.Tests.Dossiers;

/// <summary>
/// Searching within a dossier (search?dossier=id) over real HTTP: only the documents filed in it, through the same access
/// rule, so the total and the facets count only what the reader may see; a dossier the reader may not see narrows to
/// nothing, exactly as one that does not exist, and the refusal is in the audit trail.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class DossierSearchTests(DemoServerFixture fixture)
{
    private const string Subject = "V/v rà soát phương án phòng cháy kho lưu trữ";

    [Fact]
    public async Task A_search_within_a_dossier_finds_and_counts_only_its_documents_the_reader_may_see()
    {
        var agency = await DossierAgency.CreateAsync(fixture.Server, "hstc");
        // The clerk opens the officer's dossier and files two letters: the officer is on the first one's list only.
        var dossier = await agency.OpenAsync(DossierAgency.Clerk, "01.TCCB");
        var shared = await agency.RegisterAsync(DossierAgency.Today.AddDays(-4), subject: Subject);
        var hidden = await agency.RegisterAsync(DossierAgency.Today.AddDays(-3), subject: Subject);
        var outside = await agency.RegisterAsync(DossierAgency.Today.AddDays(-2), subject: Subject);
        var secrets = new SecretAgency(agency.Agency);
        foreach (var id in new[] { shared, outside })
            await secrets.GrantAsync(id, DossierAgency.Officer);
        foreach (var id in new[] { shared, hidden })
            Assert.Equal(HttpStatusCode.OK, (await agency.FileAsync(DossierAgency.Clerk, dossier, "incoming", id)).StatusCode);
        await fixture.Server.Get<OutboxDispatcher>().DispatchAsync((await fixture.Server.Get<TenantHost>().ActivateAsync(agency.Tenant))!,
            CancellationToken.None);

        Assert.Equal([shared, outside], await FoundAsync(agency, DossierAgency.Officer, "?q=phong+chay+kho+luu+tru"));
        var within = await agency.Agency.GetJsonAsync(DossierAgency.Officer, $"api/search?q=phong+chay+kho+luu+tru&dossier={dossier}");
        Assert.Equal([shared], Ids(within));
        Assert.Equal(1, within.GetProperty("total").GetInt32());
        Assert.Equal(1, Facet(within, "year").Sum(v => v.GetProperty("count").GetInt32()));
        Assert.StartsWith("01.TCCB năm", within.GetProperty("within").GetString());
        Assert.Equal([shared, hidden], await FoundAsync(agency, DossierAgency.Clerk, $"?dossier={dossier}&sort=date"));

        // Someone not on the dossier's list: nothing, as for a dossier that does not exist; the dossier's name is not shown.
        var stranger = await agency.Agency.GetJsonAsync("chuyenvien2", $"api/search?dossier={dossier}");
        var missing = await agency.Agency.GetJsonAsync("chuyenvien2", $"api/search?dossier={dossier + 1000}");
        Assert.Equal(missing.ToString(), stranger.ToString());
        Assert.Equal(0, stranger.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, stranger.GetProperty("within").ValueKind);
        Assert.Single(TenantStores.Rows(fixture.Server, agency.Tenant,
            $"SELECT \"Action\" FROM \"AuditEntries\" WHERE \"Action\" = 'access.decision' AND \"Outcome\" = 1 AND \"UserName\" = 'chuyenvien2' AND \"TargetKind\" = 'dossier' AND \"TargetId\" = '{dossier}'"));

        // The page: the dossier links to its search, which names the dossier and lists what the officer may see of it.
        var officer = await agency.Agency.AsAsync(DossierAgency.Officer);
        var link = (await officer.PageAsync($"{agency.Tenant}/dossiers/{dossier}")).QuerySelector("#search-in-dossier")!.GetAttribute("href")!;
        var page = await officer.PageAsync(link);
        Assert.Contains("01.TCCB", page.QuerySelector("#within")!.TextContent);
        Assert.Equal("1", page.QuerySelector("#total")!.GetAttribute("data-total"));
        Assert.Equal([shared.ToString()], page.QuerySelectorAll("#results .result").Select(r => r.GetAttribute("data-id")));
        Assert.Contains(TenantStores.Rows(fixture.Server, agency.Tenant,
            "SELECT \"Details\" FROM \"AuditEntries\" WHERE \"Action\" = 'search.query' AND \"UserName\" = 'chuyenvien'"), d => d.Contains($"dossier={dossier}"));
    }

    private static async Task<List<int>> FoundAsync(DossierAgency agency, string userName, string query) =>
        Ids(await agency.Agency.GetJsonAsync(userName, "api/search" + query)).Order().ToList();

    private static List<int> Ids(JsonElement result) =>
        [.. result.GetProperty("hits").EnumerateArray().Select(h => int.Parse(h.GetProperty("id").GetString()!))];

    private static IEnumerable<JsonElement> Facet(JsonElement result, string name) =>
        result.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("name").GetString() == name).GetProperty("values").EnumerateArray();
}
