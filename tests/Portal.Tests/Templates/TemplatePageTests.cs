using System.Net;
using Portal.Templates;
using Portal.Templates.Services;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Templates;

/// <summary>The tenant admin's template pages over real HTTP: list, preview, a refused save that changes nothing, a save, and nobody else.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class TemplatePageTests(DemoServerFixture fixture) : IAsyncLifetime
{
    private IncomingAgency _agency = null!;

    private string Tenant => _agency.Tenant;
    private string Page => $"/{Tenant}/admin/templates/giay-moi";

    public async Task InitializeAsync() => _agency = await IncomingAgency.CreateAsync(fixture.Server, "mau");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_admin_sees_every_type_and_a_preview_with_the_marks_placed_by_the_system()
    {
        var admin = await _agency.AsAsync(DemoAccounts.TenantAdmin);

        var list = await admin.PageAsync($"/{Tenant}/admin/templates");
        var edit = await admin.PageAsync($"/{Tenant}/admin/templates/cong-van");

        Assert.Equal(DocumentTypes.All.Count, list.QuerySelectorAll("#templates tbody tr").Length);
        var preview = edit.QuerySelector("#template-preview")!;
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", preview.TextContent);
        Assert.Equal("MẬT", preview.QuerySelector(".dau-do-mat")!.TextContent);
        Assert.Equal("Bản số: 01", preview.QuerySelector(".dau-ban-so")!.TextContent);
        Assert.NotNull(edit.QuerySelector("link[href$='/templates/van-ban.css']"));
        var css = await admin.GetAsync($"/{Tenant}/templates/van-ban.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_template_dropping_a_part_is_refused_and_changes_nothing_then_a_good_one_is_saved()
    {
        var admin = await _agency.AsAsync(DemoAccounts.TenantAdmin);
        var shipped = DefaultTemplates.For(DocumentTypes.Find("giay-moi")!);

        var refused = await PostAsync(admin, shipped.Replace("{{ nguoi_ky }}", ""), "save");
        var page = await PortalClient.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Mẫu Giấy mời thiếu thành phần bắt buộc theo Nghị định 30/2020: họ tên người ký (nguoi_ky).", page.QuerySelector(".error-list")!.TextContent);
        Assert.NotNull(page.QuerySelector("#template-preview-none"));
        Assert.Contains("{{ nguoi_ky }}", (await admin.PageAsync(Page)).QuerySelector("#source")!.TextContent);

        var looping = await PortalClient.ParseAsync(await PostAsync(admin, "{% for i in (1..1000000) %}{% for j in (1..1000000) %}{% endfor %}{% endfor %}\n" + shipped, "preview"));
        Assert.Contains("có thể là một vòng lặp không dừng", looping.QuerySelector(".error-list")!.TextContent);

        var edited = shipped.Replace("{% for doan in noi_dung %}", "<p class=\"noi-dung\">Trân trọng kính mời.</p>{% for doan in noi_dung %}");
        var saved = await admin.FollowAsync(await PostAsync(admin, edited, "save"));
        var after = await PortalClient.ParseAsync(saved);
        Assert.Contains("Trân trọng kính mời.", after.QuerySelector("#source")!.TextContent);
        Assert.Contains("Trân trọng kính mời.", after.QuerySelector("#template-preview")!.TextContent);
    }

    [Fact]
    public async Task Nobody_but_the_tenant_admin_reaches_the_templates()
    {
        var clerk = await _agency.AsAsync(DemoAccounts.Clerk);

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/{Tenant}/admin/templates")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(Page)).StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(PortalClient admin, string source, string intent) =>
        admin.SubmitAsync(Page, new Dictionary<string, string> { ["source"] = source, ["intent"] = intent }, "/admin/templates/giay-moi");
}
