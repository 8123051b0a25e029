using System.Net;
using System.Text.Json;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Security;

[Collection(DemoServerCollection.Name)]
public sealed class SecurityHeadersTests(DemoServerFixture fixture)
{
    private PortalTestServer Server => fixture.Server;

    [Theory]
    [InlineData("GET", "", false)]
    [InlineData("GET", "account/login", false)]
    [InlineData("GET", "admin/tenants", false)]
    [InlineData("GET", "admin/tenants", true)]
    [InlineData("GET", "admin/diagnostics", true)]
    [InlineData("GET", "health", false)]
    [InlineData("GET", "health/stats", false)]
    [InlineData("GET", "static/theme/portal.css", false)]
    [InlineData("GET", "static/khong-co.css", false)]
    [InlineData("GET", "xa-khong-ton-tai/", false)]
    [InlineData("GET", DemoAccounts.Commune + "/account/login", false)]
    [InlineData("GET", DemoAccounts.Commune + "/admin/users", false)]
    [InlineData("GET", "Khong Hop Le/", false)]
    [InlineData("POST", "account/login", false)]
    [InlineData("POST", DemoAccounts.Commune + "/account/login", false)]
    public async Task Every_answer_carries_the_content_security_policy_and_the_no_sniff_no_frame_headers(string method, string path, bool signedIn)
    {
        using var fresh = Server.Client();
        var client = signedIn ? await fixture.Clients.CentralAdminAsync() : fresh;

        var answer = method == "GET"
            ? await client.GetAsync(path)
            : await client.PostAsync(path, new Dictionary<string, string> { ["UserName"] = "x" });

        var csp = Assert.Single(answer.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(answer.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(answer.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(answer.Headers.GetValues("Referrer-Policy")));
        Assert.False(answer.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Pages_with_data_are_not_cached()
    {
        var central = await fixture.Clients.CentralAdminAsync();

        var answer = await central.GetAsync("admin/tenants");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.True(answer.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task Health_answers_ok_without_signing_in()
    {
        using var anonymous = Server.Client();

        var answer = await anonymous.GetAsync("health");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/json", answer.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_statistics_are_hidden_from_a_caller_without_the_control_token()
    {
        var central = await fixture.Clients.CentralAdminAsync();

        var answer = await central.GetAsync("health/stats");

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.DoesNotContain(DemoAccounts.Commune, await answer.Content.ReadAsStringAsync());
    }
}
