using System.Net;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Tenancy;

/// <summary>Each agency's sign-in cookie has its own name and is scoped to the agency's path.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class SessionCookieTests(DemoServerFixture fixture)
{
    private PortalTestServer Server => fixture.Server;

    [Fact]
    public async Task A_tenant_session_cookie_is_named_for_the_tenant_and_scoped_to_its_path()
    {
        using var client = Server.Client();

        var signIn = await SignInAsync(client, DemoAccounts.Commune + "/", DemoAccounts.TenantAdmin, DemoAccounts.Password);

        var cookie = SessionCookie(signIn, ".portal.session." + DemoAccounts.Commune);
        Assert.Contains($"path=/{DemoAccounts.Commune}", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("path=/;", cookie + ";", StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var sentToOther = client.Cookies.GetCookies(new Uri(Server.BaseAddress, DemoAccounts.Department + "/admin/users"));
        Assert.DoesNotContain(sentToOther, c => c.Name.StartsWith(".portal.session", StringComparison.Ordinal));
        var sentToCentral = client.Cookies.GetCookies(new Uri(Server.BaseAddress, "admin/tenants"));
        Assert.DoesNotContain(sentToCentral, c => c.Name.StartsWith(".portal.session", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_central_office_session_cookie_is_its_own()
    {
        using var client = Server.Client();

        var signIn = await SignInAsync(client, "", DemoAccounts.CentralAdmin, DemoAccounts.CentralAdminPassword);

        var cookie = SessionCookie(signIn, ".portal.session.default");
        Assert.Contains("path=/;", cookie + ";", StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_browser_signed_in_to_the_central_office_and_two_agencies_keeps_three_separate_sessions()
    {
        using var client = Server.Client();

        Assert.True(await client.SignInAsync("", DemoAccounts.CentralAdmin, DemoAccounts.CentralAdminPassword));
        Assert.True(await client.SignInAsync(DemoAccounts.Commune, DemoAccounts.TenantAdmin, DemoAccounts.Password));
        Assert.True(await client.SignInAsync(DemoAccounts.Department, DemoAccounts.Clerk, DemoAccounts.Password));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("admin/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(DemoAccounts.Commune + "/admin/users")).StatusCode);
        var clerkHome = await client.PageAsync(DemoAccounts.Department + "/");
        Assert.Contains("Nguyễn Thị Lan", clerkHome.QuerySelector(".user-name")!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(DemoAccounts.Department + "/admin/users")).StatusCode);
    }

    private static Task<HttpResponseMessage> SignInAsync(PortalClient client, string prefix, string user, string password) =>
        client.SignInStepsAsync(prefix.TrimEnd('/'), user, password);

    private static string SessionCookie(HttpResponseMessage signIn, string name)
    {
        var cookies = signIn.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith(".portal.session", StringComparison.Ordinal)).ToList();
        return Assert.Single(cookies, c => c.StartsWith(name + "=", StringComparison.Ordinal));
    }
}
