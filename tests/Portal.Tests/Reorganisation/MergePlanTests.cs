using System.Net;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Reorganisation;

/// <summary>
/// The plan of a merge, shown before anything moves: rows per source and module, and the conflicts — the same user
/// name in several agencies, the same register taking numbers in the same year. Planning changes nothing.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class MergePlanTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task The_plan_counts_what_moves_and_names_the_conflicts()
    {
        var a = await IncomingAgency.CreateAsync(fixture.Server, "ke-hoach-a");
        var b = await IncomingAgency.CreateAsync(fixture.Server, "ke-hoach-b");
        var c = await IncomingAgency.CreateAsync(fixture.Server, "ke-hoach-c");
        await a.RegisterAsync(IncomingAgency.Form());
        await a.RegisterAsync(IncomingAgency.Form());
        await b.RegisterAsync(IncomingAgency.Form());
        var merge = new CentralMerge(await fixture.Clients.CentralAdminAsync());

        var page = await merge.PageAsync(await merge.PlanAsync([a.Tenant, b.Tenant], c.Tenant));

        int Rows(string tenant, string kind) =>
            int.Parse(page.QuerySelector($"#plan tr[data-source='{tenant}'][data-kind='{kind}'] .rows")!.TextContent);
        Assert.Equal(2, Rows(a.Tenant, "incoming"));
        Assert.Equal(1, Rows(b.Tenant, "incoming"));
        Assert.Equal(Rows(a.Tenant, "user"), Rows(b.Tenant, "user"));
        Assert.True(Rows(a.Tenant, "user") > 5);
        Assert.Equal("Chờ phê duyệt", page.QuerySelector("#state")!.TextContent.Trim());

        var conflicts = page.QuerySelectorAll("#conflicts tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(conflicts, r => r.Contains("Tên đăng nhập vanthu") && r.Contains(a.Tenant) && r.Contains(b.Tenant) && r.Contains(c.Tenant));
        var year = DateTime.UtcNow.AddHours(7).Year;
        var register = Assert.Single(conflicts, r => r.Contains($"năm {year} đã cấp số"));
        Assert.Contains(a.Tenant, register);
        Assert.Contains(b.Tenant, register);
        Assert.DoesNotContain(c.Tenant, register);

        // Nothing moved: the target still has no document and the sources still sign in.
        Assert.Empty(TenantStores.Rows(fixture.Server, c.Tenant, "SELECT \"Id\" FROM \"IncomingDocuments\""));
        Assert.Equal(HttpStatusCode.OK, (await fixture.Server.Client().GetAsync($"{a.Tenant}/account/login")).StatusCode);
        var trail = await (await fixture.Clients.CentralAdminAsync()).PageAsync("admin/audit?Action=reorganisation.planned");
        Assert.Contains($"Lập kế hoạch sáp nhập {a.Tenant},{b.Tenant} vào {c.Tenant}", trail.QuerySelector("#audit")!.TextContent);
    }

    [Fact]
    public async Task A_plan_naming_the_target_among_the_sources_or_an_unknown_agency_is_refused()
    {
        var a = await IncomingAgency.CreateAsync(fixture.Server, "ke-hoach-sai");
        var admin = await fixture.Clients.CentralAdminAsync();

        var response = await admin.SubmitAsync("admin/reorganisations",
            new Dictionary<string, string> { ["sources"] = $"{a.Tenant},khong-co-xa-nay", ["target"] = a.Tenant }, "/admin/reorganisations");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Pages.FormErrors(await PortalClient.ParseAsync(response));
        Assert.Contains("Cơ quan nhận không thể đồng thời là cơ quan được sáp nhập.", errors);
        Assert.Contains("Không có cơ quan đang hoạt động 'khong-co-xa-nay'.", errors);
    }
}
