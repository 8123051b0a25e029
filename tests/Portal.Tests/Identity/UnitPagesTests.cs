using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Identity;

[Collection(DemoServerCollection.Name)]
public sealed class UnitPagesTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task The_tenant_admin_adds_a_unit_under_another_and_a_duplicate_code_is_refused_in_Vietnamese()
    {
        var server = fixture.Server;
        var tenant = UniqueNames.Tenant("xa-don-vi");
        await server.CreateTenantAsync(tenant);
        using var admin = server.Client();
        Assert.True(await admin.SignInAsync(tenant, DemoAccounts.TenantAdmin, DemoAccounts.Password));

        var added = await admin.FollowAsync(await admin.SubmitAsync(tenant + "/admin/units",
            new Dictionary<string, string> { ["Code"] = "TP", ["Name"] = "Tổ Tư pháp", ["ParentCode"] = "VP" }, "/admin/units"));
        var list = await PortalClient.ParseAsync(added);
        var row = list.QuerySelectorAll("#units tbody tr").Single(r => r.TextContent.Contains("Tổ Tư pháp"));
        Assert.Contains("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", row.TextContent);

        var refused = await PortalClient.ParseAsync(await admin.SubmitAsync(tenant + "/admin/units",
            new Dictionary<string, string> { ["Code"] = "TP", ["Name"] = "Tổ khác" }, "/admin/units"));
        Assert.Contains("Đã có đơn vị mã 'TP'.", refused.Body!.TextContent);
        Assert.Single(refused.QuerySelectorAll("#units tbody tr"), r => r.QuerySelector("td")!.TextContent == "TP");
    }
}
