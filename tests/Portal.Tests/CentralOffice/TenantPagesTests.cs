using System.Net;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.CentralOffice;

[Collection(DemoServerCollection.Name)]
public sealed class TenantPagesTests(DemoServerFixture fixture)
{
    private PortalTestServer Server => fixture.Server;

    [Fact]
    public async Task Central_admin_signs_in_at_the_root_and_the_tenant_list_shows_the_demo_tenants_running()
    {
        using var anonymous = Server.Client();
        var redirect = await anonymous.GetAsync("admin/tenants");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/account/login", redirect.Headers.Location!.OriginalString);

        var admin = await fixture.Clients.CentralAdminAsync();
        var list = await admin.PageAsync("admin/tenants");

        Assert.Contains("Cơ quan sử dụng hệ thống", list.QuerySelector("h1")!.TextContent);
        foreach (var (prefix, name) in new[]
                 {
                     ("/", "Văn phòng Chính phủ"),
                     ($"/{DemoAccounts.Department}/", "Sở Nội vụ tỉnh Nghệ An"),
                     ($"/{DemoAccounts.Commune}/", "Ủy ban nhân dân xã Hưng Dũng"),
                     ($"/{DemoAccounts.Ministry}/", "Bộ Nội vụ"),
                 })
        {
            var row = Pages.TenantRow(list, prefix);
            Assert.NotNull(row);
            Assert.Equal(name, row.Children[0].QuerySelector("a")!.TextContent.Trim());
            Assert.Equal("Đang hoạt động", row.QuerySelector(".badge")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task Central_admin_with_a_wrong_password_stays_on_the_sign_in_page_with_a_Vietnamese_message()
    {
        using var client = Server.Client();
        var refused = await client.SubmitAsync("account/login", new Dictionary<string, string>
        {
            ["UserName"] = DemoAccounts.CentralAdmin,
            ["Password"] = "Sai@MatKhau2026",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await PortalClient.ParseAsync(refused);
        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa.",
            page.QuerySelector(".alert-error")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("admin/tenants")).StatusCode);
    }

    [Fact]
    public async Task A_commune_created_from_the_form_answers_at_its_prefix_and_its_admin_signs_in_there()
    {
        var name = UniqueNames.Tenant("xa-moi");
        var admin = await fixture.Clients.CentralAdminAsync();

        var created = await admin.SubmitAsync("admin/tenants/new",
            Pages.NewTenant(name, "Ủy ban nhân dân xã Nghi Phong", agencyCode: "000.33.41.H41"), "admin/tenants/new");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/admin/tenants/{name}", created.Headers.Location!.OriginalString);
        var details = await admin.PageAsync($"admin/tenants/{name}");
        Assert.Contains($"Địa chỉ truy cập: /{name}/", Pages.Alert(details, "success"));
        var row = Pages.TenantRow(await admin.PageAsync("admin/tenants"), $"/{name}/");
        Assert.NotNull(row);
        Assert.Equal("000.33.41.H41", row.Children[2].TextContent.Trim());
        Assert.Equal("Xã, phường", row.Children[3].TextContent.Trim());
        Assert.Equal("Đang hoạt động", row.QuerySelector(".badge")!.TextContent.Trim());

        using var visitor = Server.Client();
        var home = await visitor.GetAsync($"{name}/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith($"/{name}/account/login", home.Headers.Location!.OriginalString);
        Assert.True(await visitor.SignInAsync(name, DemoAccounts.TenantAdmin, DemoAccounts.Password));
        var signedIn = await visitor.PageAsync($"{name}/");
        Assert.Contains("Ủy ban nhân dân xã Nghi Phong", signedIn.Title);
        Assert.Contains("Việc của tôi", signedIn.Body!.TextContent);
        var record = await Server.Get<TenantAdministration>().FindAsync(name, CancellationToken.None);
        Assert.Equal(TenantState.Running, record!.State);
        Assert.Contains("Portal.Registers", record.FeatureSet);
    }

    [Fact]
    public async Task A_prefix_already_used_is_refused_and_the_existing_agency_is_untouched()
    {
        var admin = await fixture.Clients.CentralAdminAsync();

        var refused = await admin.SubmitAsync("admin/tenants/new",
            Pages.NewTenant(DemoAccounts.Commune, "Cơ quan giả mạo", adminPassword: "Khac@MatKhau2026"), "admin/tenants/new");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errors = Pages.FormErrors(await PortalClient.ParseAsync(refused));
        Assert.Contains($"Đã có cơ quan dùng tiền tố '{DemoAccounts.Commune}'.", errors);
        var record = await Server.Get<TenantAdministration>().FindAsync(DemoAccounts.Commune, CancellationToken.None);
        Assert.Equal("Ủy ban nhân dân xã Hưng Dũng", record!.DisplayName);
        using var tenantAdmin = Server.Client();
        Assert.False(await tenantAdmin.SignInAsync(DemoAccounts.Commune, DemoAccounts.TenantAdmin, "Khac@MatKhau2026"));
        Assert.True(await tenantAdmin.SignInAsync(DemoAccounts.Commune, DemoAccounts.TenantAdmin, DemoAccounts.Password));
    }

    [Fact]
    public async Task Two_creations_of_the_same_prefix_at_once_make_one_tenant()
    {
        var name = UniqueNames.Tenant("xa-doi");
        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try
            {
                await Server.CreateTenantAsync(name);
                return true;
            }
            catch (Portal.Core.RequestRefusedException e)
            {
                Assert.Contains($"Đã có cơ quan dùng tiền tố '{name}'.", e.Errors);
                return false;
            }
        }));

        Assert.Single(attempts, ok => ok);
        using var tenantAdmin = Server.Client();
        Assert.True(await tenantAdmin.SignInAsync(name, DemoAccounts.TenantAdmin, DemoAccounts.Password));
    }
}
