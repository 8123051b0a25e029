namespace Portal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class TenantCreationTests(PortalBrowser browser)
{
    [Fact]
    public async Task Central_admin_creates_a_commune_whose_admin_then_signs_in_at_its_prefix()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.SignInOnceAsync("", DemoAccounts.CentralAdmin, DemoAccounts.CentralAdminPassword);
        await session.GotoAsync("/admin/tenants");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tạo cơ quan" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/tenants/new");
        await page.GetByLabel("Tên cơ quan").FillAsync("Ủy ban nhân dân xã Nghi Phong");
        await page.GetByLabel("Tiền tố đường dẫn").FillAsync("xa-nghi-phong");
        await page.GetByLabel("Mã định danh").FillAsync("000.77.41.H41");
        await page.GetByLabel("Cơ quan chủ quản").FillAsync("Ủy ban nhân dân tỉnh Nghệ An");
        await page.GetByLabel("Cấp").SelectOptionAsync(new SelectOptionValue { Label = "Xã, phường" });
        await page.GetByLabel("Mẫu thiết lập").SelectOptionAsync("commune");
        await page.GetByLabel("Tên đăng nhập").FillAsync("quantrixa");
        await page.GetByLabel("Họ và tên").FillAsync("Nguyễn Văn Phong");
        await page.GetByLabel("Mật khẩu ban đầu").FillAsync("Nghi@Phong2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo cơ quan" }).ClickAsync();

        await page.WaitForURLAsync("**/admin/tenants/xa-nghi-phong");
        await Assertions.Expect(page.GetByRole(AriaRole.Status))
            .ToContainTextAsync("Đã tạo cơ quan 'Ủy ban nhân dân xã Nghi Phong'. Địa chỉ truy cập: /xa-nghi-phong/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ủy ban nhân dân xã Nghi Phong", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("000.77.41.H41");
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("Đang hoạt động");
        await session.ScreenshotAsync("05-chi-tiet-co-quan");

        await session.GotoAsync("/xa-nghi-phong/");

        await page.WaitForURLAsync("**/xa-nghi-phong/account/login**");
        await Assertions.Expect(page.Locator(".brand-tenant")).ToHaveTextAsync("Ủy ban nhân dân xã Nghi Phong");
        await session.TypeCredentialsAsync("quantrixa", "Nghi@Phong2026");
        await page.WaitForURLAsync("**/xa-nghi-phong/account/totp/enrol**");
        await session.FinishSignInAsync("xa-nghi-phong", "quantrixa");
        await page.WaitForURLAsync(new Uri(browser.BaseAddress, "xa-nghi-phong/").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Việc của tôi" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Xin chào, Nguyễn Văn Phong" })).ToBeVisibleAsync();
        session.AssertOwnOriginOnlyAndNoErrors();
    }

    [Fact]
    public async Task A_reserved_prefix_and_a_malformed_agency_code_are_refused_in_Vietnamese_and_the_form_keeps_the_typed_values()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.SignInOnceAsync("", DemoAccounts.CentralAdmin, DemoAccounts.CentralAdminPassword);
        await session.GotoAsync("/admin/tenants/new");

        await page.GetByLabel("Tên cơ quan").FillAsync("Ủy ban nhân dân xã Nghi Thái");
        await page.GetByLabel("Tiền tố đường dẫn").FillAsync("admin");
        await page.GetByLabel("Mã định danh").FillAsync("12.34.H41");
        await page.GetByLabel("Tên đăng nhập").FillAsync("quantrixa");
        await page.GetByLabel("Mật khẩu ban đầu").FillAsync("Nghi@Thai2026!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo cơ quan" }).ClickAsync();

        var errors = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(errors).ToContainTextAsync("Chưa lưu được vì 2 lỗi sau:");
        await Assertions.Expect(errors.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(
        [
            "Tên tiền tố 'admin' là từ dành riêng của hệ thống, hãy chọn tên khác.",
            "Mã định danh cơ quan phải có dạng 000.00.00.G22 (bốn nhóm, ngăn cách bằng dấu chấm).",
        ]);
        await Assertions.Expect(errors).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Tên cơ quan")).ToHaveValueAsync("Ủy ban nhân dân xã Nghi Thái");
        await Assertions.Expect(page.GetByLabel("Tiền tố đường dẫn")).ToHaveValueAsync("admin");
        await Assertions.Expect(page.GetByLabel("Mã định danh")).ToHaveValueAsync("12.34.H41");
        await Assertions.Expect(page.GetByLabel("Tên đăng nhập")).ToHaveValueAsync("quantrixa");
        await Assertions.Expect(page.GetByLabel("Mật khẩu ban đầu")).ToHaveValueAsync("");
        await session.ScreenshotAsync("04-tao-co-quan-loi");

        await session.GotoAsync("/admin/tenants");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ủy ban nhân dân xã Nghi Thái" })).ToHaveCountAsync(0);
        session.AssertOwnOriginOnlyAndNoErrors();
    }
}
