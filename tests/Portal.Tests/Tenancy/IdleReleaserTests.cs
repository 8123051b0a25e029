using System.Net;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Tenancy;

/// <summary>
/// With a short idle timeout the server releases a quiet tenant on its own, however often its background sweeps visit
/// it, and serves it again on the next request.
/// </summary>
public sealed class IdleReleaserTests
{
    [Fact]
    public async Task A_quiet_tenant_is_released_by_the_idle_sweep_and_comes_back_on_the_next_request()
    {
        await using var server = await PortalTestServer.StartAsync(demoTenants: false, settings: new Dictionary<string, string?>
        {
            ["Portal:TenantIdleTimeout"] = "00:00:01",
            ["Portal:TenantIdleSweep"] = "00:00:01",
            // The outbox sweep visits every active tenant more often than the timeout: a visit is no use of the tenant.
            ["Portal:OutboxSweep"] = "00:00:00.2",
        });
        var host = server.Get<TenantHost>();
        var name = UniqueNames.Tenant("xa-nghi");
        await server.CreateTenantAsync(name);
        using var client = server.Client();
        Assert.True(await client.SignInAsync(name, DemoAccounts.TenantAdmin, DemoAccounts.Password));

        Assert.True(await Eventually.TrueAsync(() => host.ActiveTenants.All(t => t.Name != name) && TenantFiles.OpenFiles(name).Count == 0));

        var users = await client.GetAsync($"{name}/admin/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains("Quản trị xã", await users.Content.ReadAsStringAsync());
    }
}
