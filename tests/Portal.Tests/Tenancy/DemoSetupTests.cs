using System.Net;
using Portal.Testing;

namespace Portal.Tests.Tenancy;

public sealed class DemoSetupTests
{
    [Fact]
    public async Task Demo_tenant_admin_signs_in_at_the_tenant_prefix_and_sees_the_home_page()
    {
        await using var server = await PortalTestServer.StartAsync();
        using var client = server.Client();

        Assert.True(await client.SignInAsync(DemoAccounts.Commune, DemoAccounts.TenantAdmin, DemoAccounts.Password));
        var home = await client.PageAsync(DemoAccounts.Commune + "/");

        Assert.Contains("Ủy ban nhân dân xã Hưng Dũng", home.Title);
        Assert.Contains("Việc của tôi", home.Body!.TextContent);
        var otherTenant = await client.GetAsync(DemoAccounts.Department + "/");
        Assert.Equal(HttpStatusCode.Redirect, otherTenant.StatusCode);
        Assert.Contains("/account/login", otherTenant.Headers.Location!.OriginalString);
    }
}
