namespace Portal.BrowserTests;

/// <summary>
/// The tenant admin sets the agency's mail server for notices in an agency of its own: a wrong sender is refused with
/// its reason, as is a CA certificate that is no PEM certificate; a right one is saved, and the password is kept
/// without ever being shown again.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MailServerPageTests(PortalBrowser browser)
{
    private const string Tenant = "so-thu-bao";

    [Fact]
    public async Task The_admin_sets_the_mail_server_and_the_password_is_never_shown()
    {
        await browser.Server.CreateTenantAsync(Tenant, "demo");
        await using var admin = await browser.NewSessionAsync();
        await admin.SignInOnceAsync(Tenant, DemoAccounts.TenantAdmin, DemoAccounts.Password);
        await admin.GotoAsync($"/{Tenant}/");
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Thư thông báo" }).ClickAsync();
        await Assertions.Expect(admin.Page.Locator("#mail-pending")).ToHaveTextAsync("0");

        await admin.Page.GetByLabel("Máy chủ SMTP").FillAsync("mail.so-thu-bao.gov.vn");
        await admin.Page.GetByLabel("Cổng").FillAsync("587");
        await admin.Page.GetByLabel("Mã hóa kết nối").SelectOptionAsync("Tls");
        await admin.Page.GetByLabel("Chứng thư CA của máy chủ thư nội bộ (PEM, nếu có)").FillAsync("-----BEGIN CERTIFICATE-----\nabc\n-----END CERTIFICATE-----");
        await admin.Page.GetByLabel("Địa chỉ người gửi").FillAsync("không phải địa chỉ");
        await admin.Page.GetByLabel("Địa chỉ Portal (cho đường dẫn trong thư)").FillAsync("https://portal.so-thu-bao.gov.vn");
        await admin.Page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync("MatKhau-Thu-2026");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(admin.Page.Locator("main")).ToContainTextAsync("Địa chỉ người gửi không hợp lệ.");

        await Assertions.Expect(admin.Page.Locator("main")).ToContainTextAsync("Chứng thư CA không đọc được");
        await admin.Page.GetByLabel("Chứng thư CA của máy chủ thư nội bộ (PEM, nếu có)").FillAsync("");
        await admin.Page.GetByLabel("Mã hóa kết nối").SelectOptionAsync("StartTls");
        await admin.Page.GetByLabel("Địa chỉ người gửi").FillAsync("portal@so-thu-bao.gov.vn");
        await admin.Page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync("MatKhau-Thu-2026");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(admin.Page.Locator("main")).ToContainTextAsync("Đã lưu máy chủ thư.");
        await Assertions.Expect(admin.Page.GetByLabel("Máy chủ SMTP")).ToHaveValueAsync("mail.so-thu-bao.gov.vn");
        await Assertions.Expect(admin.Page.GetByLabel("Mã hóa kết nối")).ToHaveValueAsync("StartTls");
        await Assertions.Expect(admin.Page.GetByLabel("Mật khẩu", new() { Exact = true })).ToHaveValueAsync("");
        await Assertions.Expect(admin.Page.Locator("#mail-server")).ToContainTextAsync("Đã lưu một mật khẩu");
        Assert.DoesNotContain("MatKhau-Thu-2026", await admin.Page.ContentAsync());
        await admin.ScreenshotAsync("64-thu-thong-bao");
        admin.AssertOwnOriginOnlyAndNoErrors();
    }
}
