using System.Net;
using System.Text.Json.Nodes;
using Portal.Core;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Recipes;

/// <summary>
/// A recipe that passes validation but fails while it runs leaves the tenant Uninitialized with its
/// error, its folder removed, and unreachable.
/// </summary>
[Collection(RecipeServerCollection.Name)]
public sealed class RecipeSetupFailureTests(RecipeServerFixture fixture)
{
    private PortalTestServer Server => fixture.Server;

    private static JsonObject User(string userName) => new()
    {
        ["userName"] = userName,
        ["password"] = "Trung@MatKhau2026",
        ["fullName"] = "Người dùng trùng",
        ["roles"] = new JsonArray("chuyen-vien"),
    };

    [Fact]
    public async Task Two_users_with_the_same_user_name_fail_in_Identity_and_the_error_shows_on_the_tenant_list()
    {
        var recipe = fixture.WriteCommuneVariant("nguoi-trung", steps =>
            steps.Add(new JsonObject { ["name"] = "users", ["users"] = new JsonArray(User("trung"), User("trung")) }));
        var name = UniqueNames.Tenant("xa-trung");
        var central = await fixture.Clients.CentralAdminAsync();

        var answer = await central.SubmitAsync("admin/tenants/new", Pages.NewTenant(name, "Ủy ban nhân dân xã Trùng", recipe), "admin/tenants/new");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Tên đăng nhập 'trung' đã được dùng.", Pages.FormErrors(await PortalClient.ParseAsync(answer)));
        var row = Pages.TenantRow(await central.PageAsync("admin/tenants"), $"/{name}/");
        Assert.NotNull(row);
        Assert.Equal("Chưa thiết lập", row.QuerySelector(".badge")!.TextContent.Trim());
        Assert.Equal("Tên đăng nhập 'trung' đã được dùng.", row.QuerySelector(".field-error")!.TextContent.Trim());
        await AssertLeftUninitializedAsync(name);
    }

    [Fact]
    public async Task A_unit_code_repeated_across_two_units_steps_fails_in_the_database_and_nothing_is_left()
    {
        var recipe = fixture.WriteCommuneVariant("don-vi-trung", steps => steps.Add(new JsonObject
        {
            ["name"] = "units",
            ["units"] = new JsonArray(new JsonObject { ["code"] = "VP", ["name"] = "Văn phòng thứ hai" }),
        }));
        var name = UniqueNames.Tenant("xa-dv");

        var refused = await Assert.ThrowsAsync<RequestRefusedException>(() => Server.CreateTenantAsync(name, recipe));

        Assert.StartsWith("Thiết lập cơ quan không thành công; dữ liệu đã được xóa", Assert.Single(refused.Errors));
        var record = await AssertLeftUninitializedAsync(name);
        Assert.Equal(refused.Errors[0], record.SetupError);
        var central = await fixture.Clients.CentralAdminAsync();
        var details = await central.PageAsync($"admin/tenants/{name}");
        Assert.Equal(refused.Errors[0], details.QuerySelector(".facts .field-error")!.TextContent.Trim());
        Assert.Empty(details.QuerySelectorAll("#features form"));
    }

    [Fact]
    public async Task A_failed_tenant_is_deleted_from_its_page_and_created_again_under_the_same_prefix()
    {
        var recipe = fixture.WriteCommuneVariant("nguoi-trung-2", steps =>
            steps.Add(new JsonObject { ["name"] = "users", ["users"] = new JsonArray(User("trung"), User("trung")) }));
        var name = UniqueNames.Tenant("xa-lai");
        await Assert.ThrowsAsync<RequestRefusedException>(() => Server.CreateTenantAsync(name, recipe));
        var central = await fixture.Clients.CentralAdminAsync();

        var deleted = await central.SubmitAsync($"admin/tenants/{name}", new Dictionary<string, string>(), $"/{name}/delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await Server.Get<TenantAdministration>().FindAsync(name, CancellationToken.None));
        var created = await central.SubmitAsync("admin/tenants/new", Pages.NewTenant(name, "Ủy ban nhân dân xã Làm Lại"), "admin/tenants/new");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        using var tenantAdmin = Server.Client();
        Assert.True(await tenantAdmin.SignInAsync(name, DemoAccounts.TenantAdmin, DemoAccounts.Password));
        Assert.DoesNotContain("trung", (await tenantAdmin.PageAsync($"{name}/admin/users")).Body!.TextContent);
    }

    [Fact]
    public async Task A_running_tenant_cannot_be_deleted_even_by_a_hand_made_form()
    {
        var name = UniqueNames.Tenant("xa-con");
        await Server.CreateTenantAsync(name);
        var central = await fixture.Clients.CentralAdminAsync();

        var answer = await Pages.PostWithTokenAsync(central, $"admin/tenants/{name}", $"admin/tenants/{name}/delete");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("Chỉ xóa được cơ quan chưa thiết lập xong", Pages.Alert(await central.PageAsync($"admin/tenants/{name}"), "error"));
        Assert.Equal(TenantState.Running, (await Server.Get<TenantAdministration>().FindAsync(name, CancellationToken.None))!.State);
        Assert.True(TenantStores.Exists(Server, name));
    }

    private async Task<TenantRecord> AssertLeftUninitializedAsync(string name)
    {
        var record = await Server.Get<TenantAdministration>().FindAsync(name, CancellationToken.None);
        Assert.NotNull(record);
        Assert.Equal(TenantState.Uninitialized, record.State);
        Assert.False(string.IsNullOrWhiteSpace(record.SetupError));
        Assert.False(Directory.Exists(TenantFiles.Folder(Server.DataFolder, name)));
        Assert.False(TenantStores.Exists(Server, name));
        Assert.Empty(TenantFiles.OpenFiles(name));
        using var visitor = Server.Client();
        foreach (var path in new[] { $"{name}/", $"{name}/account/login" })
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(path)).StatusCode);
        Assert.False(Directory.Exists(TenantFiles.Folder(Server.DataFolder, name)));
        return record;
    }
}
