using System.Net;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Tenancy;

/// <summary>A tenant's data goes into its own store (App_Data/Sites/{name}/portal.db, or its schema) and nowhere else.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class TenantDataIsolationTests(DemoServerFixture fixture)
{
    private PortalTestServer Server => fixture.Server;

    [Fact]
    public async Task A_user_created_in_one_agency_exists_only_in_that_agency_store_and_pages()
    {
        var a = UniqueNames.Tenant("xa-a");
        var b = UniqueNames.Tenant("xa-b");
        await Server.CreateTenantAsync(a);
        await Server.CreateTenantAsync(b);
        var adminA = await fixture.Clients.TenantAdminAsync(a);

        var created = await adminA.SubmitAsync($"{a}/admin/users/new", new Dictionary<string, string>
        {
            ["UserName"] = "canbo-rieng",
            ["Password"] = "Rieng@MatKhau2026",
            ["FullName"] = "Phan Thị Riêng",
            ["Position"] = "Chuyên viên",
            ["UnitCode"] = "KT",
            ["Clearance"] = "Mat",
            ["Roles"] = "chuyen-vien",
        }, "/admin/users/new");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Phan Thị Riêng", (await adminA.PageAsync($"{a}/admin/users")).Body!.TextContent);
        var adminB = await fixture.Clients.TenantAdminAsync(b);
        var usersOfB = await adminB.PageAsync($"{b}/admin/users");
        Assert.Contains("Quản trị xã", usersOfB.Body!.TextContent);
        Assert.DoesNotContain("Phan Thị Riêng", usersOfB.Body.TextContent);
        Assert.DoesNotContain("canbo-rieng", usersOfB.Body.TextContent);
        using var person = Server.Client();
        Assert.False(await person.SignInAsync(b, "canbo-rieng", "Rieng@MatKhau2026"));
        Assert.True(await person.SignInAsync(a, "canbo-rieng", "Rieng@MatKhau2026"));

        Assert.Equal([a], TenantStores.Holding(Server, "AspNetUsers", "UserName", "canbo-rieng"));
    }
}
