using System.Net;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Identity;

/// <summary>What an admin does to an account holds on the account's open sessions from their very next request.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class OpenSessionTests(DemoServerFixture fixture)
{
    private PortalTestServer Server => fixture.Server;

    [Theory]
    [InlineData("/disable")]
    [InlineData("/sign-out")]
    [InlineData("/reset-2fa")]
    public async Task An_open_session_ends_at_once_when_the_admin_disables_the_account_or_ends_its_sessions(string action)
    {
        var tenant = UniqueNames.Tenant("xa-phien");
        await Server.CreateTenantAsync(tenant, recipe: "demo");
        // Someone never cleared for secrets: disabling them needs no hand-over or undertaking first (DepartureTests).
        const string person = "chuyenvien2";
        using var officer = Server.Client();
        Assert.True(await officer.SignInAsync(tenant, person, DemoAccounts.Password));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(tenant + "/")).StatusCode);

        using var admin = Server.Client();
        Assert.True(await admin.SignInAsync(tenant, DemoAccounts.TenantAdmin, DemoAccounts.Password));
        var edit = await EditPageAsync(admin, tenant, person);
        var done = await admin.FollowAsync(await admin.SubmitAsync(edit, new Dictionary<string, string>(), action));
        Assert.Contains("alert-success", await done.Content.ReadAsStringAsync());

        var next = await officer.GetAsync(tenant + "/");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("/account/login", next.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_session_ends_after_the_absolute_limit_however_active()
    {
        await using var server = await PortalTestServer.StartAsync(demoTenants: false,
            settings: new Dictionary<string, string?> { ["Portal:SessionAbsolute"] = "00:00:03" });
        await server.CreateTenantAsync("xa-het-han", recipe: "demo");
        using var client = server.Client();
        Assert.True(await client.SignInAsync("xa-het-han", "chuyenvien2", DemoAccounts.Password));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("xa-het-han/")).StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(4));

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("xa-het-han/")).StatusCode);
    }

    internal static async Task<string> EditPageAsync(PortalClient admin, string tenant, string userName)
    {
        var users = await admin.PageAsync(tenant + "/admin/users");
        return users.QuerySelectorAll("a").First(a => a.TextContent == userName).GetAttribute("href")!.TrimStart('/');
    }
}
