using AngleSharp.Dom;
using System.Net;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Security;

/// <summary>A form posted without the page's antiforgery token is refused, whoever is signed in.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class AntiforgeryTests(DemoServerFixture fixture)
{
    private PortalTestServer Server => fixture.Server;

    [Fact]
    public async Task Signing_in_without_the_token_is_rejected_with_400()
    {
        using var client = Server.Client();
        await client.GetAsync(DemoAccounts.Commune + "/account/login");

        var answer = await client.PostAsync(DemoAccounts.Commune + "/account/login", new Dictionary<string, string>
        {
            ["UserName"] = DemoAccounts.TenantAdmin, ["Password"] = DemoAccounts.Password,
        });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", await answer.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(DemoAccounts.Commune + "/")).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_central_admin_cannot_be_made_to_disable_a_tenant_by_a_post_without_the_token()
    {
        var name = UniqueNames.Tenant("xa-csrf");
        await Server.CreateTenantAsync(name);
        var central = await fixture.Clients.CentralAdminAsync();

        var withoutToken = await central.PostAsync($"admin/tenants/{name}/disable", new Dictionary<string, string>());
        var withForeignToken = await central.PostAsync($"admin/tenants/{name}/disable",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = await TokenOfAnotherBrowserAsync() });

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withForeignToken.StatusCode);
        var record = await Server.Get<TenantAdministration>().FindAsync(name, CancellationToken.None);
        Assert.Equal(TenantState.Running, record!.State);
    }

    [Fact]
    public async Task A_tenant_admin_form_posted_without_the_token_creates_no_user()
    {
        var admin = await fixture.Clients.TenantAdminAsync(DemoAccounts.Ministry);

        var answer = await admin.PostAsync(DemoAccounts.Ministry + "/admin/users/new", new Dictionary<string, string>
        {
            ["UserName"] = "gia-mao", ["Password"] = "GiaMao@MatKhau2026", ["FullName"] = "Giả Mạo", ["Roles"] = "quan-tri",
        });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.DoesNotContain("gia-mao", (await admin.PageAsync(DemoAccounts.Ministry + "/admin/users")).Body!.TextContent);
    }

    /// <summary>A valid token, but issued to another browser (the sign-in page of a stranger).</summary>
    private async Task<string> TokenOfAnotherBrowserAsync()
    {
        using var other = Server.Client();
        var page = await other.PageAsync("account/login");
        return page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
    }
}
