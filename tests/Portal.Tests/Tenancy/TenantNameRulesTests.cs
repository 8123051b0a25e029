using AngleSharp.Dom;
using System.Net;
using Portal.Core;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Tenancy;

/// <summary>What the central office may not use as a tenant's prefix, through its form and its service.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class TenantNameRulesTests(DemoServerFixture fixture)
{
    private const string Malformed = "Tên tiền tố chỉ gồm chữ thường không dấu (a-z), chữ số và dấu gạch nối, không bắt đầu hay kết thúc bằng dấu gạch nối, tối đa 63 ký tự.";

    private PortalTestServer Server => fixture.Server;

    public static TheoryData<string> ReservedWords => new()
    {
        "api", "admin", "static", "health", "account", "openapi", "default", "login", "logout", "assets", "swagger", "metrics",
        // Modules' routes at the root: the demo set-up creates tenants before the server starts, when these were not yet known.
        "exchange", "incoming", "outgoing",
    };

    public static TheoryData<string> MalformedNames => new()
    {
        "XaHungDung", "xa hung dung", "..", "xa..hung", new string('x', 64), "-xa-hung-dung", "xa-hung-dung-", "xã-hưng-dũng",
        "xa_hung_dung", "xa/hung", "xa.hung", "xa%2fhung",
    };

    [Theory]
    [MemberData(nameof(ReservedWords))]
    public async Task A_reserved_word_is_refused_on_the_form_with_a_Vietnamese_message(string name)
    {
        var errors = await SubmitRefusedAsync(name);

        Assert.Contains($"Tên tiền tố '{name}' là từ dành riêng của hệ thống, hãy chọn tên khác.", errors);
        await AssertNothingCreatedAsync(name);
    }

    [Theory]
    [MemberData(nameof(MalformedNames))]
    public async Task A_malformed_name_is_refused_on_the_form_with_a_Vietnamese_message(string name)
    {
        var errors = await SubmitRefusedAsync(name);

        Assert.Contains(Malformed, errors);
        await AssertNothingCreatedAsync(name);
    }

    [Theory]
    [InlineData("xa-hung-dung\n")]
    [InlineData("xa-hung\nx")]
    [InlineData(" xa-hung ")]
    [InlineData("")]
    public async Task The_service_itself_refuses_names_the_form_would_trim_or_never_send(string name)
    {
        var refused = await Assert.ThrowsAsync<RequestRefusedException>(() => Server.CreateTenantAsync(name));

        Assert.Contains(refused.Errors, e => e.StartsWith("Tên tiền tố", StringComparison.Ordinal));
        Assert.Null(await Server.Get<TenantAdministration>().FindAsync(name, CancellationToken.None));
    }

    [Fact]
    public async Task The_central_office_name_cannot_be_taken_again()
    {
        var errors = await SubmitRefusedAsync("Default");

        Assert.Contains("Đã có cơ quan dùng tiền tố 'Default'.", errors);
        var central = await Server.Get<TenantAdministration>().FindAsync("Default", CancellationToken.None);
        Assert.Equal("Văn phòng Chính phủ", central!.DisplayName);
    }

    [Fact]
    public async Task Every_field_of_the_form_is_checked_and_every_problem_is_listed()
    {
        var values = Pages.NewTenant("Xa Sai", "", agencyCode: "33.41.H41");
        values["AdminPassword"] = "yeu";
        values["Recipe"] = "khong-co";

        var central = await fixture.Clients.CentralAdminAsync();
        var answer = await central.SubmitAsync("admin/tenants/new", values, "admin/tenants/new");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var page = await PortalClient.ParseAsync(answer);
        var errors = Pages.FormErrors(page);
        Assert.Contains(Malformed, errors);
        Assert.Contains("Tên cơ quan là bắt buộc và không quá 300 ký tự.", errors);
        Assert.Contains("Mã định danh cơ quan phải có dạng 000.00.00.G22 (bốn nhóm, ngăn cách bằng dấu chấm).", errors);
        Assert.Contains("Không có công thức (recipe) 'khong-co'.", errors);
        Assert.Equal("Xa Sai", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Name")!.Value);
        Assert.Equal("", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#AdminPassword")!.Value);
    }

    [Fact]
    public async Task A_weak_admin_password_is_refused_before_anything_is_created()
    {
        var name = UniqueNames.Tenant("xa-yeu");
        var central = await fixture.Clients.CentralAdminAsync();

        var answer = await central.SubmitAsync("admin/tenants/new", Pages.NewTenant(name, "Ủy ban nhân dân xã Yếu", adminPassword: "matkhau"),
            "admin/tenants/new");

        var errors = Pages.FormErrors(await PortalClient.ParseAsync(answer));
        Assert.Contains("Bước 6 ('adminAccount'): Mật khẩu phải có ít nhất 12 ký tự.", errors);
        Assert.Contains("Bước 6 ('adminAccount'): Mật khẩu phải có ít nhất một chữ hoa.", errors);
        await AssertNothingCreatedAsync(name);
    }

    private async Task<IReadOnlyList<string>> SubmitRefusedAsync(string name)
    {
        var central = await fixture.Clients.CentralAdminAsync();
        var answer = await central.SubmitAsync("admin/tenants/new", Pages.NewTenant(name, "Ủy ban nhân dân xã Thử"), "admin/tenants/new");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return Pages.FormErrors(await PortalClient.ParseAsync(answer));
    }

    private async Task AssertNothingCreatedAsync(string name)
    {
        Assert.Null(await Server.Get<TenantAdministration>().FindAsync(name, CancellationToken.None));
        if (name.IndexOfAny(['/', '\\', '.']) < 0 && name.Length > 0)
            Assert.False(Directory.Exists(TenantFiles.Folder(Server.DataFolder, name)));
    }
}
