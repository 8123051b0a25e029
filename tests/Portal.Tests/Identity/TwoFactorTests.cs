using System.Net;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Identity;

/// <summary>Who must give a second factor, that a code works once, and that repeated failures lock the account.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class TwoFactorTests(DemoServerFixture fixture)
{
    private PortalTestServer Server => fixture.Server;

    [Theory]
    [InlineData(DemoAccounts.Clerk, "account/totp/enrol")]
    [InlineData(DemoAccounts.TenantAdmin, "account/totp/enrol")]
    [InlineData("chuyenvien2", "")]
    public async Task A_cleared_user_or_an_admin_must_give_a_second_factor_and_an_uncleared_officer_need_not(string user, string next)
    {
        var tenant = UniqueNames.Tenant("xa-hai-lop");
        await Server.CreateTenantAsync(tenant, recipe: "demo");
        using var client = Server.Client();

        var response = await client.SubmitAsync(tenant + "/account/login",
            new Dictionary<string, string> { ["UserName"] = user, ["Password"] = DemoAccounts.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        if (next.Length == 0)
        {
            Assert.DoesNotContain("/account/", location);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(tenant + "/")).StatusCode);
        }
        else
        {
            Assert.EndsWith(next, location.Split('?')[0]);
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(tenant + "/")).StatusCode);
        }
    }

    [Fact]
    public async Task A_code_is_accepted_once_and_replaying_it_is_refused()
    {
        var tenant = UniqueNames.Tenant("xa-phat-lai");
        await Server.CreateTenantAsync(tenant, recipe: "demo");
        using (var first = Server.Client())
            Assert.True(await first.SignInAsync(tenant, DemoAccounts.Clerk, DemoAccounts.Password));
        using var attacker = Server.Client();
        var login = await attacker.SubmitAsync(tenant + "/account/login",
            new Dictionary<string, string> { ["UserName"] = DemoAccounts.Clerk, ["Password"] = DemoAccounts.Password });
        Assert.Contains("/account/totp", login.Headers.Location!.OriginalString);

        var replay = await attacker.SubmitAsync(tenant + "/account/totp",
            new Dictionary<string, string> { ["Code"] = Authenticators.LastCode(Server.BaseAddress, tenant, DemoAccounts.Clerk) });

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("Mã xác thực không đúng, đã hết hạn hoặc đã được dùng.", await replay.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await attacker.GetAsync(tenant + "/")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_until_the_admin_unlocks_it()
    {
        var tenant = UniqueNames.Tenant("xa-khoa");
        await Server.CreateTenantAsync(tenant, recipe: "demo");
        using var client = Server.Client();
        for (var i = 0; i < 5; i++)
            Assert.False(await client.SignInAsync(tenant, "chuyenvien2", "Sai#MatKhau" + i));

        Assert.False(await client.SignInAsync(tenant, "chuyenvien2", DemoAccounts.Password));

        using var admin = Server.Client();
        Assert.True(await admin.SignInAsync(tenant, DemoAccounts.TenantAdmin, DemoAccounts.Password));
        var users = await admin.PageAsync(tenant + "/admin/users");
        var edit = users.QuerySelectorAll("a").First(a => a.TextContent == "chuyenvien2").GetAttribute("href")!.TrimStart('/');
        Assert.Contains("Đang bị khóa", (await admin.PageAsync(edit)).Body!.TextContent);
        await admin.SubmitAsync(edit, new Dictionary<string, string>(), "/unlock");
        Assert.True(await client.SignInAsync(tenant, "chuyenvien2", DemoAccounts.Password));
    }
}
