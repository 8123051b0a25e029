using Microsoft.Extensions.DependencyInjection;
using Portal.ApiTokens.Services;
using Portal.Core.Tenancy;
using Portal.Identity;
using Portal.Testing;

namespace Portal.Tests.ApiTokens;

/// <summary>Work done in a tenant outside any request, through the modules' own services.</summary>
public static class TenantWork
{
    public static async Task<T> RunAsync<T>(PortalTestServer server, string tenant, Func<IServiceProvider, Task<T>> work)
    {
        var host = server.Get<TenantHost>();
        return await host.RunAsync((await host.ActivateAsync(tenant))!, work);
    }

    public static Task<string> UserIdAsync(PortalTestServer server, string tenant, string userName) =>
        RunAsync(server, tenant, async s =>
            (await s.GetRequiredService<IAccountDirectory>().ListAsync()).Single(a => a.UserName == userName).UserId);

    /// <summary>Issues a token through the module's service, which (unlike the page) accepts any expiry up to the limit, past ones included.</summary>
    public static async Task<string> IssueAsync(PortalTestServer server, string tenant, string userName, DateTime expiresUtc, params string[] scopes)
    {
        var userId = await UserIdAsync(server, tenant, userName);
        return await RunAsync(server, tenant, async s =>
            (await s.GetRequiredService<ApiTokenService>().IssueAsync(userId, "Kịch bản kiểm thử", scopes, expiresUtc)).Secret);
    }
}
