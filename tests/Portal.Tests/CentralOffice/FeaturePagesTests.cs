using System.Net;
using Portal.Core.Tenancy;
using Portal.Exchange;
using Portal.Incoming;
using Portal.Ocr;
using Portal.Outgoing;
using Portal.Registers;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.CentralOffice;

/// <summary>The feature switches on a tenant's page at /admin/tenants/{name}.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class FeaturePagesTests(DemoServerFixture fixture)
{
    private PortalTestServer Server => fixture.Server;

    [Fact]
    public async Task Disabling_the_registers_makes_their_page_404_and_takes_them_off_the_menu_until_enabled_again()
    {
        var name = UniqueNames.Tenant("xa-so");
        await Server.CreateTenantAsync(name);
        var tenantAdmin = await fixture.Clients.TenantAdminAsync(name);
        var registers = await tenantAdmin.PageAsync($"{name}/admin/registers");
        Assert.Contains("BMNN-DEN", registers.Body!.TextContent);
        var central = await fixture.Clients.CentralAdminAsync();
        await SwitchOffWhatNeedsTheRegistersAsync(central, name);

        var off = await central.SubmitAsync($"admin/tenants/{name}", new Dictionary<string, string>(),
            $"/features/{RegistersFeature.Id}/disable");

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Equal("Đã tắt tính năng.", Pages.Alert(await central.PageAsync($"admin/tenants/{name}"), "success"));
        var gone = await tenantAdmin.GetAsync($"{name}/admin/registers");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(await Pages.BodyAsync(await tenantAdmin.GetAsync("xa-khong-ton-tai/")), await Pages.BodyAsync(gone));
        var home = await tenantAdmin.PageAsync($"{name}/");
        Assert.DoesNotContain(home.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == $"/{name}/admin/registers");

        var on = await central.SubmitAsync($"admin/tenants/{name}", new Dictionary<string, string>(),
            $"/features/{RegistersFeature.Id}/enable");

        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        var back = await tenantAdmin.PageAsync($"{name}/admin/registers");
        Assert.Contains("BMNN-DEN", back.Body!.TextContent);
        Assert.Contains((await tenantAdmin.PageAsync($"{name}/")).QuerySelectorAll("nav a"),
            a => a.GetAttribute("href") == $"/{name}/admin/registers");
    }

    [Fact]
    public async Task Disabling_a_feature_another_enabled_feature_needs_is_refused_in_Vietnamese()
    {
        var name = UniqueNames.Tenant("xa-can");
        await Server.CreateTenantAsync(name);
        var central = await fixture.Clients.CentralAdminAsync();
        var enabled = await central.SubmitAsync($"admin/tenants/{name}", new Dictionary<string, string>(),
            $"/features/{DependentTestModule.FeatureId}/enable");
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);

        await central.SubmitAsync($"admin/tenants/{name}", new Dictionary<string, string>(), $"/features/{RegistersFeature.Id}/disable");

        var details = await central.PageAsync($"admin/tenants/{name}");
        Assert.Equal(
            $"Không thể tắt tính năng 'Sổ đăng ký văn bản mật' vì các tính năng sau đang cần nó: {DependentTestModule.FeatureName}, "
            + "Báo cáo thống kê, Liên thông văn bản, Nhận dạng văn bản quét, Văn bản mật đi, Văn bản mật đến.",
            Pages.Alert(details, "error"));
        var record = await Server.Get<TenantAdministration>().FindAsync(name, CancellationToken.None);
        Assert.Contains(RegistersFeature.Id, record!.FeatureSet);
        Assert.Contains(DependentTestModule.FeatureId, record.FeatureSet);
        var tenantAdmin = await fixture.Clients.TenantAdminAsync(name);
        Assert.Equal(HttpStatusCode.OK, (await tenantAdmin.GetAsync($"{name}/admin/registers")).StatusCode);
    }

    [Fact]
    public async Task Enabling_a_feature_pulls_in_what_it_needs()
    {
        var name = UniqueNames.Tenant("xa-keo");
        await Server.CreateTenantAsync(name);
        var central = await fixture.Clients.CentralAdminAsync();
        await SwitchOffWhatNeedsTheRegistersAsync(central, name);
        await SwitchAsync(central, name, RegistersFeature.Id, "disable");
        Assert.DoesNotContain(RegistersFeature.Id,
            (await Server.Get<TenantAdministration>().FindAsync(name, CancellationToken.None))!.FeatureSet);

        var answer = await Pages.PostWithTokenAsync(central, $"admin/tenants/{name}",
            $"admin/tenants/{name}/features/{DependentTestModule.FeatureId}/enable");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);

        var record = await Server.Get<TenantAdministration>().FindAsync(name, CancellationToken.None);
        Assert.Contains(DependentTestModule.FeatureId, record!.FeatureSet);
        Assert.Contains(RegistersFeature.Id, record.FeatureSet);
        var tenantAdmin = await fixture.Clients.TenantAdminAsync(name);
        Assert.Equal(HttpStatusCode.OK, (await tenantAdmin.GetAsync($"{name}/admin/registers")).StatusCode);
    }

    [Fact]
    public async Task A_central_office_feature_cannot_be_switched_on_in_an_agency_even_by_a_hand_made_form()
    {
        var name = UniqueNames.Tenant("xa-tw");
        await Server.CreateTenantAsync(name);
        var central = await fixture.Clients.CentralAdminAsync();
        var page = await central.PageAsync($"admin/tenants/{name}");
        Assert.DoesNotContain(page.QuerySelectorAll("#features form"), f => f.GetAttribute("action")!.Contains("Portal.Tenants"));

        var answer = await Pages.PostWithTokenAsync(central, $"admin/tenants/{name}", $"admin/tenants/{name}/features/Portal.Tenants/enable");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);

        var details = await central.PageAsync($"admin/tenants/{name}");
        Assert.StartsWith("Tính năng chỉ dành cho Văn phòng Chính phủ (cơ quan trung tâm)", Pages.Alert(details, "error"));
        Assert.DoesNotContain("Portal.Tenants", (await Server.Get<TenantAdministration>().FindAsync(name, CancellationToken.None))!.FeatureSet);
        var tenantAdmin = await fixture.Clients.TenantAdminAsync(name);
        Assert.Equal(HttpStatusCode.NotFound, (await tenantAdmin.GetAsync($"{name}/admin/tenants")).StatusCode);
    }

    [Fact]
    public async Task An_always_enabled_feature_cannot_be_switched_off()
    {
        var name = UniqueNames.Tenant("xa-luon");
        await Server.CreateTenantAsync(name);
        var central = await fixture.Clients.CentralAdminAsync();

        var answer = await Pages.PostWithTokenAsync(central, $"admin/tenants/{name}", $"admin/tenants/{name}/features/Portal.Identity/disable");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);

        var details = await central.PageAsync($"admin/tenants/{name}");
        Assert.Equal("Tính năng 'Người dùng và đăng nhập' là bắt buộc, không thể tắt.", Pages.Alert(details, "error"));
        using var tenantAdmin = Server.Client();
        Assert.True(await tenantAdmin.SignInAsync(name, DemoAccounts.TenantAdmin, DemoAccounts.Password));
    }

    private static async Task SwitchAsync(PortalClient central, string tenant, string featureId, string verb) =>
        Assert.Equal(HttpStatusCode.Redirect,
            (await central.SubmitAsync($"admin/tenants/{tenant}", new Dictionary<string, string>(), $"/features/{featureId}/{verb}")).StatusCode);

    /// <summary>The features of the commune recipe that need the registers (OCR and reports through incoming), dependents first.</summary>
    private static async Task SwitchOffWhatNeedsTheRegistersAsync(PortalClient central, string name)
    {
        foreach (var feature in new[] { ExchangeFeature.Id, OcrFeature.Id, Portal.Reports.ReportsFeature.Id, IncomingFeature.Id, OutgoingFeature.Id })
            await SwitchAsync(central, name, feature, "disable");
    }
}
