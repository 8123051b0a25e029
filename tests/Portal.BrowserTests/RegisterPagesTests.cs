namespace Portal.BrowserTests;

/// <summary>The tenant admin keeps the agency's registers: sees the recipe's books, adds one with its printed columns, stops it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegisterPagesTests(PortalBrowser browser)
{
    [Fact]
    public async Task Tenant_admin_adds_a_register_with_its_printed_columns_then_stops_using_it()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.SignInOnceAsync(DemoAccounts.Department, DemoAccounts.TenantAdmin, DemoAccounts.Password);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" })
            .GetByRole(AriaRole.Link, new() { Name = "Sổ văn bản" }).ClickAsync();
        await page.WaitForURLAsync($"**/{DemoAccounts.Department}/admin/registers");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sổ văn bản", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#registers tbody tr[data-code='BMNN-DEN']")).ToContainTextAsync("Đang dùng");
        await session.ScreenshotAsync("20-so-van-ban");

        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm sổ" }).ClickAsync();
        await page.GetByLabel("Mã sổ").FillAsync("BMNN-DEN-2");
        await page.GetByLabel("Tên sổ").FillAsync("Sổ đăng ký văn bản mật đến (bản giấy)");
        // The form starts from the kind's usual columns; this register prints only three of them.
        foreach (var input in await page.Locator("#columns input").AllAsync())
            await input.FillAsync("");
        await page.GetByLabel("Số đến").FillAsync("1");
        await page.GetByLabel("Ngày đến").FillAsync("2");
        await page.GetByLabel("Độ mật").FillAsync("3");
        await session.ScreenshotAsync("21-them-so");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo sổ" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tạo sổ 'Sổ đăng ký văn bản mật đến (bản giấy)'.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sổ đăng ký văn bản mật đến (bản giấy)");
        await Assertions.Expect(page.GetByLabel("Số đến")).ToHaveValueAsync("1");
        await Assertions.Expect(page.GetByLabel("Tác giả")).ToHaveValueAsync("");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ngừng sử dụng" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Dùng lại" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" })
            .GetByRole(AriaRole.Link, new() { Name = "Sổ văn bản" }).ClickAsync();
        var added = page.Locator("#registers tbody tr[data-code='BMNN-DEN-2']");
        await Assertions.Expect(added.Locator(".register-columns")).ToHaveTextAsync("Số đến · Ngày đến · Độ mật");
        await Assertions.Expect(added).ToContainTextAsync("Ngừng dùng");
        await session.ScreenshotAsync("22-so-van-ban-da-them");
        session.AssertOwnOriginOnlyAndNoErrors();
    }
}
