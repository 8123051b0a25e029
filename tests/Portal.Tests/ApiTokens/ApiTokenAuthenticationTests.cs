using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.ApiTokens;
using Portal.ApiTokens.Services;
using Portal.Identity.Services;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.ApiTokens;

/// <summary>
/// "Authorization: Bearer ptk_…" against the API: the account as it is now, the token's scopes on top
/// of the account's roles, and one 401 for every token that is not good here and now.
/// </summary>
[Collection(ApiTokensCollection.Name)]
public sealed class ApiTokenAuthenticationTests(ApiTokensFixture fixture)
{
    private const string Tenant = DemoAccounts.Department;

    private PortalTestServer Server => fixture.Server;

    private static DateTime InDays(int days) => DateTime.UtcNow.AddDays(days);

    [Fact]
    public async Task A_token_answers_who_am_i_with_the_accounts_roles_and_clearance()
    {
        var token = await TenantWork.IssueAsync(Server, Tenant, DemoAccounts.Officer, InDays(30), ApiScopes.Read);

        var answer = await Api.GetAsync(Server.BaseAddress, $"{Tenant}/api/me", token);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var me = await Api.JsonAsync(answer);
        Assert.Equal(DemoAccounts.Officer, me.GetProperty("userName").GetString());
        Assert.Equal("Vũ Thị Mai", me.GetProperty("fullName").GetString());
        Assert.Equal("Mật", me.GetProperty("clearance").GetString());
        Assert.Equal(["chuyen-vien"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("token", me.GetProperty("authenticatedBy").GetString());
        Assert.Equal([ApiScopes.Read], me.GetProperty("scopes").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_token_needs_the_scope_and_the_account_still_needs_the_role()
    {
        var readOnly = await TenantWork.IssueAsync(Server, Tenant, DemoAccounts.TenantAdmin, InDays(30), ApiScopes.Read);
        var users = await TenantWork.IssueAsync(Server, Tenant, DemoAccounts.TenantAdmin, InDays(30), ApiScopes.UsersRead);
        var notAdmin = await TenantWork.IssueAsync(Server, Tenant, "chuyenvien2", InDays(30), ApiScopes.UsersRead, ApiScopes.AuditRead);

        Assert.Equal(HttpStatusCode.Forbidden, (await Api.GetAsync(Server.BaseAddress, $"{Tenant}/api/users", readOnly)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.GetAsync(Server.BaseAddress, $"{Tenant}/api/me", users)).StatusCode);
        var listed = await Api.GetAsync(Server.BaseAddress, $"{Tenant}/api/users", users);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Contains((await Api.JsonAsync(listed)).EnumerateArray(), u => u.GetProperty("userName").GetString() == DemoAccounts.Clerk);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.GetAsync(Server.BaseAddress, $"{Tenant}/api/users", notAdmin)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.GetAsync(Server.BaseAddress, $"{Tenant}/api/audit", notAdmin)).StatusCode);
    }

    [Fact]
    public async Task Expired_revoked_unknown_and_malformed_tokens_get_one_and_the_same_401()
    {
        var expired = await TenantWork.IssueAsync(Server, Tenant, "chuyenvien2", InDays(-1), ApiScopes.Read);
        var revoked = await TenantWork.IssueAsync(Server, Tenant, "chuyenvien2", InDays(30), ApiScopes.Read);
        var userId = await TenantWork.UserIdAsync(Server, Tenant, "chuyenvien2");
        await TenantWork.RunAsync(Server, Tenant, async s =>
        {
            var service = s.GetRequiredService<ApiTokenService>();
            var id = (await service.ListAsync(userId)).Single(t => t.SecretHash == ApiTokenSecret.Hash(revoked)).Id;
            return await service.RevokeAsync(userId, id);
        });

        var unknown = await Api.GetAsync(Server.BaseAddress, $"{Tenant}/api/me", ApiTokenSecret.New());
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("Bearer", unknown.Headers.WwwAuthenticate.Single().Scheme);
        var body = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("invalid_token", body);
        foreach (var token in new[] { expired, revoked, "ptk_ngan-qua", "khong-phai-khoa" })
        {
            var answer = await Api.GetAsync(Server.BaseAddress, $"{Tenant}/api/me", token);
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
            Assert.Equal(body, await answer.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_token_is_worthless_in_another_tenant()
    {
        var token = await TenantWork.IssueAsync(Server, Tenant, "chuyenvien2", InDays(30), ApiScopes.Read);
        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync(Server.BaseAddress, $"{Tenant}/api/me", token)).StatusCode);
        var unknown = await (await Api.GetAsync(Server.BaseAddress, $"{DemoAccounts.Commune}/api/me", ApiTokenSecret.New())).Content.ReadAsStringAsync();

        foreach (var elsewhere in new[] { $"{DemoAccounts.Commune}/api/me", $"{DemoAccounts.Ministry}/api/me", "api/me" })
        {
            var answer = await Api.GetAsync(Server.BaseAddress, elsewhere, token);
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
            Assert.Equal(unknown, await answer.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Disabling_the_account_kills_its_tokens_and_enabling_it_again_does_not_revive_them()
    {
        var tenant = UniqueNames.Tenant("xa-khoa-api");
        await Server.CreateTenantAsync(tenant, recipe: "demo");
        var token = await TenantWork.IssueAsync(Server, tenant, "chuyenvien2", InDays(30), ApiScopes.Read);
        var userId = await TenantWork.UserIdAsync(Server, tenant, "chuyenvien2");
        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync(Server.BaseAddress, $"{tenant}/api/me", token)).StatusCode);

        await SetDisabledAsync(tenant, userId, disabled: true);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.GetAsync(Server.BaseAddress, $"{tenant}/api/me", token)).StatusCode);

        await SetDisabledAsync(tenant, userId, disabled: false);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.GetAsync(Server.BaseAddress, $"{tenant}/api/me", token)).StatusCode);
        var fresh = await TenantWork.IssueAsync(Server, tenant, "chuyenvien2", InDays(30), ApiScopes.Read);
        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync(Server.BaseAddress, $"{tenant}/api/me", fresh)).StatusCode);
    }

    [Fact]
    public async Task The_browser_calls_the_API_with_its_session_where_scopes_do_not_apply_and_anonymous_calls_get_401()
    {
        var admin = await fixture.Clients.TenantAdminAsync(Tenant);

        var me = await admin.GetAsync($"{Tenant}/api/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("session", (await Api.JsonAsync(me)).GetProperty("authenticatedBy").GetString());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{Tenant}/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"{Tenant}/api/audit")).StatusCode);

        var anonymous = await Api.GetAsync(Server.BaseAddress, $"{Tenant}/api/me", token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Null(anonymous.Headers.Location);
    }

    private Task SetDisabledAsync(string tenant, string userId, bool disabled) =>
        TenantWork.RunAsync(Server, tenant, async s =>
        {
            await s.GetRequiredService<UserAdministration>().SetDisabledAsync(userId, disabled, actingUserId: "", CancellationToken.None);
            return true;
        });
}
