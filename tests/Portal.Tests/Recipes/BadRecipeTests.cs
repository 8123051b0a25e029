using System.Net;
using System.Text.Json.Nodes;
using Portal.Core;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Recipes;

/// <summary>A recipe that fails validation is refused with its problems listed, and nothing of the tenant exists.</summary>
[Collection(RecipeServerCollection.Name)]
public sealed class BadRecipeTests(RecipeServerFixture fixture)
{
    private PortalTestServer Server => fixture.Server;

    private static JsonObject User(string userName, string password, params string[] roles) => new()
    {
        ["userName"] = userName,
        ["password"] = password,
        ["fullName"] = "Người dùng thử",
        ["roles"] = new JsonArray(roles.Select(r => (JsonNode)JsonValue.Create(r)).ToArray()),
        ["clearance"] = "mat",
    };

    private static JsonObject Step(string name, string property, JsonNode value) => new() { ["name"] = name, [property] = value };

    /// <summary>The shipped commune recipe with one step added at its end, and that step's number in the messages.</summary>
    private (string Recipe, int Added) WithSteps(string name, JsonObject step)
    {
        var added = 0;
        var recipe = fixture.WriteCommuneVariant(name, steps =>
        {
            steps.Add(step);
            added = steps.Count;
        });
        return (recipe, added);
    }

    [Fact]
    public async Task An_unknown_step_is_refused()
    {
        var (recipe, added) = WithSteps("buoc-la", Step("inSoVanBan", "so", new JsonArray()));

        await AssertRefusedAsync(recipe, $"Bước {added} ('inSoVanBan') không được hệ thống hỗ trợ.");
    }

    [Fact]
    public async Task An_unknown_feature_is_refused()
    {
        var recipe = fixture.WriteCommuneVariant("tinh-nang-la", steps => steps[0]!["enable"]!.AsArray().Add("Portal.KhongCo"));

        await AssertRefusedAsync(recipe, "Không có tính năng: Portal.KhongCo.");
    }

    [Fact]
    public async Task A_central_office_feature_in_an_agency_recipe_is_refused()
    {
        var recipe = fixture.WriteCommuneVariant("tinh-nang-tw", steps => steps[0]!["enable"]!.AsArray().Add("Portal.Tenants"));

        await AssertRefusedAsync(recipe, "Tính năng chỉ dành cho Văn phòng Chính phủ (cơ quan trung tâm): Quản lý cơ quan.");
    }

    [Fact]
    public async Task A_user_with_an_unknown_role_is_refused()
    {
        var (recipe, added) = WithSteps("vai-tro-la", Step("users", "users", new JsonArray(User("canbo", "Canbo@MatKhau2026", "giam-doc-so"))));

        await AssertRefusedAsync(recipe, $"Bước {added} ('users'): Không có vai trò 'giam-doc-so'.");
    }

    [Fact]
    public async Task A_user_with_a_central_office_role_in_an_agency_recipe_is_refused()
    {
        var (recipe, added) = WithSteps("vai-tro-tw", Step("users", "users", new JsonArray(User("canbo", "Canbo@MatKhau2026", "quan-tri-trung-tam"))));

        await AssertRefusedAsync(recipe, $"Bước {added} ('users'): Vai trò 'Quản trị cơ quan trung tâm' chỉ có ở cơ quan trung tâm.");
    }

    [Fact]
    public async Task A_user_with_a_weak_password_is_refused()
    {
        var (recipe, added) = WithSteps("mat-khau-yeu", Step("users", "users", new JsonArray(User("canbo", "123456", "chuyen-vien"))));

        await AssertRefusedAsync(recipe, $"Bước {added} ('users'): Mật khẩu phải có ít nhất 12 ký tự.");
    }

    [Fact]
    public async Task Every_problem_of_a_recipe_is_listed_at_once()
    {
        var added = 0;
        var recipe = fixture.WriteCommuneVariant("nhieu-loi", steps =>
        {
            steps[0]!["enable"]!.AsArray().Add("Portal.KhongCo");
            added = steps.Count + 1;
            steps.Add(Step("users", "users", new JsonArray(User("canbo", "yeu", "giam-doc-so"))));
            steps.Add(Step("units", "units", new JsonArray(new JsonObject { ["code"] = "A", ["name"] = "Phòng A", ["parent"] = "Z" })));
        });

        var refused = await AssertRefusedAsync(recipe, "Không có tính năng: Portal.KhongCo.");

        Assert.Contains($"Bước {added} ('users'): Không có vai trò 'giam-doc-so'.", refused);
        Assert.Contains($"Bước {added} ('users'): Mật khẩu phải có ít nhất 12 ký tự.", refused);
        Assert.Contains($"Bước {added + 1} ('units'): đơn vị cha 'Z' của 'A' phải được khai báo trước.", refused);
    }

    [Fact]
    public async Task Invalid_JSON_is_refused_when_chosen()
    {
        var recipe = fixture.WriteText("json-hong", "{ \"steps\": [ { \"name\": \"roles\" ");
        try
        {
            var refused = await AssertRefusedAsync(recipe, null);

            Assert.StartsWith("Công thức 'json-hong' không phải JSON hợp lệ", Assert.Single(refused));
        }
        finally
        {
            fixture.Remove(recipe);
        }
    }

    [Fact]
    public async Task A_broken_recipe_file_does_not_stop_the_central_office_from_creating_tenants_from_the_others()
    {
        var recipe = fixture.WriteText("json-hong-2", "{ \"steps\": [ { \"name\": ");
        try
        {
            var central = await fixture.Clients.CentralAdminAsync();
            var form = await central.GetAsync("admin/tenants/new");
            Assert.Equal(HttpStatusCode.OK, form.StatusCode);
            var name = UniqueNames.Tenant("xa-van");

            var created = await central.SubmitAsync("admin/tenants/new", Pages.NewTenant(name, "Ủy ban nhân dân xã Vẫn Được"), "admin/tenants/new");

            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            var refused = await central.SubmitAsync("admin/tenants/new", Pages.NewTenant(UniqueNames.Tenant("xa-hong"), "Xã Hỏng", recipe),
                "admin/tenants/new");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(Pages.FormErrors(await PortalClient.ParseAsync(refused)),
                e => e.StartsWith("Công thức 'json-hong-2' không phải JSON hợp lệ", StringComparison.Ordinal));
        }
        finally
        {
            fixture.Remove(recipe);
        }
    }

    [Fact]
    public async Task A_bad_recipe_chosen_on_the_form_shows_its_problems_there()
    {
        var recipe = fixture.WriteCommuneVariant("form-la", steps => steps[0]!["enable"]!.AsArray().Add("Portal.KhongCo"));
        var name = UniqueNames.Tenant("xa-form");
        var central = await fixture.Clients.CentralAdminAsync();
        var page = await central.PageAsync("admin/tenants/new");
        Assert.Contains(page.QuerySelectorAll("#Recipe option"), o => o.GetAttribute("value") == recipe);

        var answer = await central.SubmitAsync("admin/tenants/new", Pages.NewTenant(name, "Ủy ban nhân dân xã Thử Form", recipe), "admin/tenants/new");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Không có tính năng: Portal.KhongCo.", Pages.FormErrors(await PortalClient.ParseAsync(answer)));
        await AssertNothingCreatedAsync(name);
    }

    private async Task<IReadOnlyList<string>> AssertRefusedAsync(string recipe, string? expected)
    {
        var name = UniqueNames.Tenant("xa-loi");
        var refused = await Assert.ThrowsAsync<RequestRefusedException>(() => Server.CreateTenantAsync(name, recipe));
        if (expected is not null)
            Assert.Contains(expected, refused.Errors);
        await AssertNothingCreatedAsync(name);
        return refused.Errors;
    }

    private async Task AssertNothingCreatedAsync(string name)
    {
        Assert.Null(await Server.Get<TenantAdministration>().FindAsync(name, CancellationToken.None));
        Assert.False(Directory.Exists(TenantFiles.Folder(Server.DataFolder, name)));
        using var visitor = Server.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"{name}/account/login")).StatusCode);
    }
}
