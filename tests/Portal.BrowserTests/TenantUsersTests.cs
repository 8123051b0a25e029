using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class TenantUsersTests(PortalBrowser browser)
{
    private const string WrongPassword = "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa.";

    [Fact]
    public async Task A_wrong_password_is_refused_in_Vietnamese_and_keeps_the_user_name()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.GotoAsync(BrowserSession.LoginPath(DemoAccounts.Department));
        await Assertions.Expect(page.Locator(".brand-tenant")).ToHaveTextAsync("Sở Nội vụ tỉnh Nghệ An");

        await session.TypeCredentialsAsync(DemoAccounts.TenantAdmin, "Portal@Sai2026");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(WrongPassword);
        Assert.EndsWith($"/{DemoAccounts.Department}/account/login", page.Url);
        await Assertions.Expect(page.GetByLabel("Tên đăng nhập")).ToHaveValueAsync(DemoAccounts.TenantAdmin);
        await Assertions.Expect(page.GetByLabel("Mật khẩu")).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" })).ToHaveCountAsync(0);
        await session.ScreenshotAsync("07-dang-nhap-sai-mat-khau");
        session.AssertOwnOriginOnlyAndNoErrors();
    }

    [Fact]
    public async Task Tenant_admin_sees_the_demo_users_and_adds_one_with_roles_and_clearance_who_can_then_sign_in()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.SignInOnceAsync(DemoAccounts.Department, DemoAccounts.TenantAdmin, DemoAccounts.Password);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" })
            .GetByRole(AriaRole.Link, new() { Name = "Người dùng" }).ClickAsync();

        await page.WaitForURLAsync($"**/{DemoAccounts.Department}/admin/users");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Người dùng", Level = 1 })).ToBeVisibleAsync();
        var clerk = UserRow(page, "Nguyễn Thị Lan");
        await Assertions.Expect(clerk).ToContainTextAsync(DemoAccounts.Clerk);
        await Assertions.Expect(clerk).ToContainTextAsync("Văn thư");
        await Assertions.Expect(clerk).ToContainTextAsync("Văn phòng Sở");
        await Assertions.Expect(clerk).ToContainTextAsync("Tối mật");
        var director = UserRow(page, "Hoàng Văn Minh");
        await Assertions.Expect(director).ToContainTextAsync("Lãnh đạo cơ quan (cấp trưởng)");
        await Assertions.Expect(director).ToContainTextAsync("Người ký");
        await session.ScreenshotAsync("08-nguoi-dung");

        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm người dùng" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/users/new");
        await page.GetByLabel("Tên đăng nhập").FillAsync("tranvanbinh");
        await page.GetByLabel("Mật khẩu ban đầu").FillAsync("Binh#Tran2026");
        await page.GetByLabel("Họ và tên").FillAsync("Trần Văn Bình");
        await page.GetByLabel("Chức vụ").FillAsync("Chuyên viên chính");
        await page.GetByLabel("Đơn vị", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Phòng Tổ chức cán bộ" });
        await page.GetByLabel("Mức được tiếp cận bí mật nhà nước").SelectOptionAsync(new SelectOptionValue { Label = "Mật" });
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Chuyên viên", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Lưu trữ cơ quan" }).CheckAsync();
        await session.ScreenshotAsync("09-them-nguoi-dung");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();

        await page.WaitForURLAsync($"**/{DemoAccounts.Department}/admin/users");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tạo tài khoản 'tranvanbinh'.");
        var added = UserRow(page, "Trần Văn Bình");
        await Assertions.Expect(added).ToContainTextAsync("Chuyên viên chính");
        await Assertions.Expect(added).ToContainTextAsync("Phòng Tổ chức cán bộ");
        await Assertions.Expect(added.Locator("td").Nth(4)).ToHaveTextAsync(new Regex("^(Chuyên viên, Lưu trữ cơ quan|Lưu trữ cơ quan, Chuyên viên)$"));
        await Assertions.Expect(added.Locator("td").Nth(5)).ToHaveTextAsync("Mật");
        await Assertions.Expect(added).ToContainTextAsync("Đang hoạt động");
        session.AssertOwnOriginOnlyAndNoErrors();

        await using var newcomer = await browser.NewSessionAsync();
        await newcomer.GotoAsync(BrowserSession.LoginPath(DemoAccounts.Department));
        await newcomer.TypeCredentialsAsync("tranvanbinh", "Binh#Tran2026");
        // Cleared for "Mật": the password alone is not enough, the new account must enrol an authenticator.
        await newcomer.Page.WaitForURLAsync($"**/{DemoAccounts.Department}/account/totp/enrol");
        await newcomer.FinishSignInAsync(DemoAccounts.Department, "tranvanbinh");
        await Assertions.Expect(newcomer.Page.GetByRole(AriaRole.Heading, new() { Name = "Xin chào, Trần Văn Bình" })).ToBeVisibleAsync();
        await Assertions.Expect(newcomer.Page.GetByRole(AriaRole.Heading, new() { Name = "Việc của tôi" })).ToBeVisibleAsync();
        await Assertions.Expect(newcomer.Page.GetByRole(AriaRole.Link, new() { Name = "Người dùng" })).ToHaveCountAsync(0);
        newcomer.AssertOwnOriginOnlyAndNoErrors();
    }

    private static ILocator UserRow(IPage page, string fullName) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = fullName, Exact = true }) });
}
