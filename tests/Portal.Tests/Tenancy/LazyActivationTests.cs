using System.Net;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Tenancy;

/// <summary>A tenant costs nothing until its first request, and gives everything back when released.</summary>
public sealed class LazyActivationTests(PlainServerFixture fixture) : IClassFixture<PlainServerFixture>
{
    private PortalTestServer Server => fixture.Server;
    private TenantHost Host => Server.Get<TenantHost>();

    private bool IsActive(string name) => Host.ActiveTenants.Any(t => t.Name == name);

    [Fact]
    [Trait("Database", "Sqlite")]
    public async Task A_tenant_is_activated_by_its_first_request_and_released_with_its_database_files()
    {
        var name = UniqueNames.Tenant("xa-lazy");
        await Server.CreateTenantAsync(name);

        Assert.False(IsActive(name));
        Assert.Empty(TenantFiles.OpenFiles(name));

        using var client = Server.Client();
        Assert.True(await client.SignInAsync(name, DemoAccounts.TenantAdmin, DemoAccounts.Password));
        Assert.True(IsActive(name));
        Assert.NotEmpty(TenantFiles.OpenFiles(name));

        Assert.True(await Eventually.TrueAsync(() => Host.ReleaseIdle(TimeSpan.Zero) >= 0 && !IsActive(name)));
        // A connection still in use when the pool was cleared closes when the request that holds it ends.
        Assert.True(await Eventually.TrueAsync(() => TenantFiles.OpenFiles(name).Count == 0), string.Join(", ", TenantFiles.OpenFiles(name)));

        var users = await client.PageAsync($"{name}/admin/users");
        Assert.Contains("Quản trị xã", users.Body!.TextContent);
        Assert.True(IsActive(name));
    }

    [Fact]
    public async Task Releasing_a_tenant_loses_no_data_written_before()
    {
        var name = UniqueNames.Tenant("xa-giu");
        await Server.CreateTenantAsync(name);
        using var admin = Server.Client();
        Assert.True(await admin.SignInAsync(name, DemoAccounts.TenantAdmin, DemoAccounts.Password));
        var created = await admin.SubmitAsync($"{name}/admin/users/new", new Dictionary<string, string>
        {
            ["UserName"] = "luu-lai", ["Password"] = "LuuLai@MatKhau2026", ["FullName"] = "Trần Lưu Lại", ["Roles"] = "van-thu",
        }, "/admin/users/new");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        Assert.True(Host.Release(name));

        Assert.False(IsActive(name));
        Assert.True(await Eventually.TrueAsync(() => TenantFiles.OpenFiles(name).Count == 0), string.Join(", ", TenantFiles.OpenFiles(name)));
        using var clerk = Server.Client();
        Assert.True(await clerk.SignInAsync(name, "luu-lai", "LuuLai@MatKhau2026"));
    }

    [Fact]
    [Trait("Database", "Sqlite")]
    public async Task The_diagnostics_page_shows_registered_and_active_tenants_and_open_files()
    {
        var cold = UniqueNames.Tenant("xa-lanh");
        var warm = UniqueNames.Tenant("xa-nong");
        await Server.CreateTenantAsync(cold);
        await Server.CreateTenantAsync(warm);
        var central = await fixture.Clients.CentralAdminAsync();
        Assert.True(await Eventually.TrueAsync(() => Host.ReleaseIdle(TimeSpan.Zero) >= 0 && Host.ActiveTenants.Count == 0));
        using var visitor = Server.Client();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"{warm}/account/login")).StatusCode);

        var page = await central.PageAsync("admin/diagnostics");

        var registered = (await Server.Get<TenantAdministration>().ListAsync(CancellationToken.None)).Count;
        Assert.Equal(registered.ToString(), page.QuerySelector("#registered")!.TextContent.Trim());
        // The count and the list agree; the tenant visited is in it. Other tests' tenants may wake meanwhile (their
        // background work), so the list is not required to hold only these two.
        var listed = page.QuerySelectorAll("#active-tenants tbody tr").Select(r => r.Children[0].TextContent.Trim()).ToList();
        Assert.Equal(listed.Count.ToString(), page.QuerySelector("#active")!.TextContent.Trim());
        Assert.Contains("/ (cơ quan trung tâm)", listed);
        Assert.Contains(warm, listed);
        Assert.True(int.Parse(page.QuerySelector("#open-files")!.TextContent.Trim()) > 0);
        Assert.DoesNotContain(cold, page.Body!.TextContent);
    }
}
