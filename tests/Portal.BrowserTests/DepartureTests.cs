using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

/// <summary>
/// An officer of an agency of its own leaves: she has a draft and keeps a dossier. The administrator's "disable" is
/// refused while they are in her care; her unit head hands each to himself on the checklist, she signs the undertaking,
/// and only then the account is disabled.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DepartureTests(PortalBrowser browser)
{
    private const string Tenant = "so-ban-giao";
    private const string UnitHead = "truongphong";

    [Fact]
    public async Task A_departing_officers_hand_over_reassigns_every_item_and_only_then_can_the_account_be_disabled()
    {
        await browser.Server.CreateTenantAsync(Tenant, "demo");
        await using var officer = await browser.NewSessionAsync();
        await officer.SignInOnceAsync(Tenant, DemoAccounts.Officer, DemoAccounts.Password);
        await officer.GotoAsync($"/{Tenant}/outgoing/new");
        await officer.Page.GetByLabel("Loại văn bản").SelectOptionAsync("cong-van");
        await officer.Page.GetByLabel("Trích yếu").FillAsync("V/v báo cáo công tác tổ chức cán bộ");
        await officer.Page.GetByLabel("Nội dung").FillAsync("Phòng Tổ chức cán bộ báo cáo kết quả công tác năm 2026.");
        await officer.Page.GetByLabel("Nơi nhận").FillAsync("Ủy ban nhân dân tỉnh");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Tạo dự thảo" }).ClickAsync();
        await officer.Page.WaitForURLAsync(new Regex($"/{Tenant}/outgoing/\\d+$"));
        await Menu(officer.Page).GetByRole(AriaRole.Link, new() { Name = "Danh mục hồ sơ" }).ClickAsync();
        await officer.Page.Locator("#catalogue tr", new() { HasText = "01.TCCB" }).GetByRole(AriaRole.Button, new() { Name = "Mở hồ sơ" }).ClickAsync();
        await officer.Page.WaitForURLAsync(new Regex($"/{Tenant}/dossiers/\\d+$"));

        await using var admin = await browser.NewSessionAsync();
        await admin.SignInOnceAsync(Tenant, DemoAccounts.TenantAdmin, DemoAccounts.Password);
        admin.Page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await DisableAsync(admin);
        await Assertions.Expect(admin.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("còn 2 văn bản, hồ sơ mật đang quản lý chưa bàn giao");
        await Assertions.Expect(admin.Page.Locator(".badge-ok")).ToHaveTextAsync("Đang hoạt động");

        await using var head = await browser.NewSessionAsync();
        await head.SignInOnceAsync(Tenant, UnitHead, DemoAccounts.Password);
        await Menu(head.Page).GetByRole(AriaRole.Link, new() { Name = "Bàn giao khi thôi việc" }).ClickAsync();
        await head.Page.GetByRole(AriaRole.Link, new() { Name = "Vũ Thị Mai" }).ClickAsync();
        var items = head.Page.Locator("#items tbody tr[data-item]");
        await Assertions.Expect(items).ToHaveCountAsync(2);
        await head.ScreenshotAsync("62-ban-giao-thoi-viec");
        for (var left = 2; left > 0; left--)
        {
            await items.First.Locator("select[name=to]").SelectOptionAsync(UnitHead);
            await items.First.GetByRole(AriaRole.Button, new() { Name = "Bàn giao" }).ClickAsync();
            await Assertions.Expect(items).ToHaveCountAsync(left - 1);
        }
        await Assertions.Expect(head.Page.Locator("#items")).ToContainTextAsync("Đã bàn giao hết");
        await Assertions.Expect(head.Page.Locator("#undertaking")).ToContainTextAsync("Chưa ký");

        await Menu(officer.Page).GetByRole(AriaRole.Link, new() { Name = "Cam kết bảo vệ BMNN" }).ClickAsync();
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Tôi đã đọc và ký cam kết" }).ClickAsync();
        await Assertions.Expect(officer.Page.Locator("#signed")).ToContainTextAsync("CK-BVBMNN-2026.1");
        officer.AssertOwnOriginOnlyAndNoErrors();

        await head.Page.ReloadAsync();
        await Assertions.Expect(head.Page.Locator("#readiness")).ToContainTextAsync("Đã bàn giao đầy đủ");
        head.AssertOwnOriginOnlyAndNoErrors();

        await DisableAsync(admin);
        await Assertions.Expect(admin.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã vô hiệu hóa tài khoản");
        await Assertions.Expect(admin.Page.Locator(".badge-muted")).ToHaveTextAsync("Đã vô hiệu hóa");
        admin.AssertOwnOriginOnlyAndNoErrors();
    }

    private static async Task DisableAsync(BrowserSession admin)
    {
        await admin.GotoAsync($"/{Tenant}/admin/users");
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = DemoAccounts.Officer, Exact = true }).ClickAsync();
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Vô hiệu hóa" }).ClickAsync();
    }

    private static ILocator Menu(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" });
}
