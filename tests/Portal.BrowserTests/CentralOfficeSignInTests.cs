using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class CentralOfficeSignInTests(PortalBrowser browser)
{
    [Fact]
    public async Task Central_admin_signs_in_and_sees_the_demo_tenants_running()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;

        await session.GotoAsync("/account/login");
        await Assertions.Expect(page.Locator(".brand-tenant")).ToHaveTextAsync("Văn phòng Chính phủ");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập", Level = 1 })).ToBeVisibleAsync();
        await session.ScreenshotAsync("01-dang-nhap");
        await page.GetByLabel("Tên đăng nhập").PressSequentiallyAsync(DemoAccounts.CentralAdmin);
        await page.GetByLabel("Mật khẩu").PressSequentiallyAsync(DemoAccounts.CentralAdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/account/totp(/enrol)?$"));
        await session.FinishSignInAsync("", DemoAccounts.CentralAdmin);

        await page.WaitForURLAsync(browser.BaseAddress.ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Xin chào, Quản trị cơ quan trung tâm" })).ToBeVisibleAsync();
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" });
        await Assertions.Expect(menu.GetByRole(AriaRole.Heading, new() { Name = "Cơ quan trung tâm" })).ToBeVisibleAsync();
        await session.ScreenshotAsync("02-trang-chu-trung-tam");

        await menu.GetByRole(AriaRole.Link, new() { Name = "Cơ quan", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/admin/tenants");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cơ quan sử dụng hệ thống", Level = 1 })).ToBeVisibleAsync();
        foreach (var name in new[] { "Sở Nội vụ tỉnh Nghệ An", "Ủy ban nhân dân xã Hưng Dũng", "Bộ Nội vụ" })
        {
            var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) });
            await Assertions.Expect(row).ToHaveCountAsync(1);
            await Assertions.Expect(row.Locator("td").Nth(4)).ToHaveTextAsync("Đang hoạt động");
        }
        await session.ScreenshotAsync("03-danh-sach-co-quan");
        session.AssertOwnOriginOnlyAndNoErrors();
    }
}
