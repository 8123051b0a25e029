namespace Portal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class DiagnosticsTests(PortalBrowser browser)
{
    [Fact]
    public async Task The_system_status_page_counts_registered_tenants_and_lists_the_active_ones()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.GotoAsync($"/{DemoAccounts.Commune}/account/login");
        await session.SignInOnceAsync("", DemoAccounts.CentralAdmin, DemoAccounts.CentralAdminPassword);
        await session.GotoAsync("/admin/tenants");
        var total = int.Parse(await page.Locator("#tenant-total").InnerTextAsync());

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" })
            .GetByRole(AriaRole.Link, new() { Name = "Tình trạng hệ thống" }).ClickAsync();

        await page.WaitForURLAsync("**/admin/diagnostics");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tình trạng hệ thống", Level = 1 })).ToBeVisibleAsync();
        var facts = page.Locator("#stats");
        await Assertions.Expect(facts).ToContainTextAsync("Số cơ quan đã đăng ký");
        await Assertions.Expect(facts).ToContainTextAsync("Đang hoạt động trong bộ nhớ");
        Assert.True(total >= 4, $"{total} tenants listed");
        await Assertions.Expect(page.Locator("#registered")).ToHaveTextAsync(total.ToString());
        var active = page.Locator("#active-tenants tbody tr");
        await Assertions.Expect(active.Filter(new() { HasText = DemoAccounts.Commune })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#active")).ToHaveTextAsync((await active.CountAsync()).ToString());
        await session.ScreenshotAsync("06-tinh-trang-he-thong");
        session.AssertOwnOriginOnlyAndNoErrors();
    }
}
