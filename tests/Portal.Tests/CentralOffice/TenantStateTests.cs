using System.Net;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.CentralOffice;

/// <summary>Disabling a tenant from the central office's page shuts it for everyone; enabling opens it again.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class TenantStateTests(DemoServerFixture fixture)
{
    private PortalTestServer Server => fixture.Server;

    [Fact]
    public async Task A_disabled_tenant_answers_404_like_a_missing_prefix_even_to_its_signed_in_users_and_enabling_brings_it_back()
    {
        var name = UniqueNames.Tenant("xa-tat");
        await Server.CreateTenantAsync(name);
        var user = await fixture.Clients.TenantAdminAsync(name);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync($"{name}/admin/users")).StatusCode);
        var central = await fixture.Clients.CentralAdminAsync();

        var disabled = await central.SubmitAsync($"admin/tenants/{name}", new Dictionary<string, string>(), $"/{name}/disable");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        var details = await central.PageAsync($"admin/tenants/{name}");
        Assert.Equal("Đã vô hiệu hóa cơ quan.", Pages.Alert(details, "success"));
        Assert.Equal("Đã vô hiệu hóa", details.QuerySelector(".facts .badge")!.TextContent.Trim());
        using var stranger = Server.Client();
        var missing = await stranger.GetAsync("xa-khong-ton-tai/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var missingBody = await Pages.BodyAsync(missing);
        foreach (var client in new[] { user, stranger })
        {
            foreach (var path in new[] { $"{name}/", $"{name}/admin/users", $"{name}/account/login", $"{name}/admin/registers" })
            {
                var answer = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
                Assert.Equal(missingBody, await Pages.BodyAsync(answer));
            }
        }
        var signIn = await stranger.PostAsync($"{name}/account/login", new Dictionary<string, string>
        {
            ["UserName"] = DemoAccounts.TenantAdmin, ["Password"] = DemoAccounts.Password,
        });
        Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);

        var enabled = await central.SubmitAsync($"admin/tenants/{name}", new Dictionary<string, string>(), $"/{name}/enable");

        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal("Đã cho cơ quan hoạt động trở lại.", Pages.Alert(await central.PageAsync($"admin/tenants/{name}"), "success"));
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync($"{name}/account/login")).StatusCode);
        Assert.True(await stranger.SignInAsync(name, DemoAccounts.TenantAdmin, DemoAccounts.Password));
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync($"{name}/admin/users")).StatusCode);
        var record = await Server.Get<TenantAdministration>().FindAsync(name, CancellationToken.None);
        Assert.Equal(TenantState.Running, record!.State);
    }

    [Fact]
    public async Task The_central_office_cannot_be_disabled()
    {
        var central = await fixture.Clients.CentralAdminAsync();

        var refused = await Pages.PostWithTokenAsync(central, "admin/tenants/Default", "admin/tenants/Default/disable");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var details = await central.PageAsync("admin/tenants/Default");
        Assert.Equal("Không thể vô hiệu hóa Văn phòng Chính phủ (cơ quan trung tâm).", Pages.Alert(details, "error"));
        Assert.Equal(HttpStatusCode.OK, (await central.GetAsync("admin/tenants")).StatusCode);
    }
}
