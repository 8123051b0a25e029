using OtpNet;

namespace Portal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class TwoFactorTests(PortalBrowser browser)
{
    private const string WrongCode = "Mã xác thực không đúng, đã hết hạn hoặc đã được dùng.";
    private const string Tenant = "xa-hai-lop";

    [Fact]
    public async Task An_admin_enrols_from_the_QR_code_and_then_each_code_and_each_recovery_code_opens_one_sign_in_only()
    {
        await browser.Server.CreateTenantAsync(Tenant);
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        var home = new Uri(browser.BaseAddress, Tenant + "/").ToString();
        await session.GotoAsync(BrowserSession.LoginPath(Tenant));
        await session.TypeCredentialsAsync(DemoAccounts.TenantAdmin, DemoAccounts.Password);

        await page.WaitForURLAsync($"**/{Tenant}/account/totp/enrol");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng ký xác thực hai lớp", Level = 1 })).ToBeVisibleAsync();
        var qr = page.GetByRole(AriaRole.Img, new() { Name = "Mã QR để đăng ký ứng dụng xác thực" });
        await Assertions.Expect(qr).ToBeVisibleAsync();
        var png = QrImage.ReadPng(await qr.GetAttributeAsync("src"));
        Assert.Equal(png.Width, png.Height);
        Assert.InRange(png.Width, 150, 1200);
        Assert.InRange(png.Bytes, 200, 50_000);
        var key = await page.Locator("#totp-secret").InnerTextAsync();
        Assert.Matches("^[A-Z2-7]{4}( [A-Z2-7]{4}){7}$", key);
        var scanned = new Uri(await QrImage.ScanAsync(qr));
        Assert.Equal("otpauth", scanned.Scheme);
        Assert.Contains("secret=" + key.Replace(" ", ""), scanned.Query);
        Assert.EndsWith(":" + DemoAccounts.TenantAdmin, Uri.UnescapeDataString(scanned.AbsolutePath));
        await session.ScreenshotAsync("11-dang-ky-xac-thuc-hai-lop");

        await page.GetByLabel("Mã xác thực").FillAsync(CodeNotValidNow(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Hoàn tất đăng ký" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(WrongCode);
        await Assertions.Expect(page.Locator("#totp-secret")).ToHaveTextAsync(key);
        await Assertions.Expect(page.Locator("#recovery-codes")).ToHaveCountAsync(0);

        Authenticators.Enrol(session.Origin, Tenant, DemoAccounts.TenantAdmin, key);
        var enrolmentCode = await Authenticators.NextCodeAsync(session.Origin, Tenant, DemoAccounts.TenantAdmin);
        await page.GetByLabel("Mã xác thực").FillAsync(enrolmentCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Hoàn tất đăng ký" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã bật xác thực hai lớp cho tài khoản.");
        var shown = page.Locator("#recovery-codes li");
        await Assertions.Expect(shown).ToHaveCountAsync(10);
        var recovery = await shown.AllInnerTextsAsync();
        await session.ScreenshotAsync("12-ma-khoi-phuc");
        await session.ContinueAsync(recovery);
        await page.WaitForURLAsync(home);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Xin chào, Quản trị xã" })).ToBeVisibleAsync();
        await session.SignOutAsync();

        await PasswordAsync(session);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Xác thực hai lớp", Level = 1 })).ToBeVisibleAsync();
        await session.ScreenshotAsync("13-nhap-ma-xac-thuc");
        await session.ConfirmCodeAsync(enrolmentCode);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(WrongCode);
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" })).ToHaveCountAsync(0);
        await session.ScreenshotAsync("14-ma-da-dung");
        await session.ConfirmCodeAsync(await Authenticators.NextCodeAsync(session.Origin, Tenant, DemoAccounts.TenantAdmin));
        await page.WaitForURLAsync(home);
        await session.SignOutAsync();

        await PasswordAsync(session);
        await UseRecoveryCodeAsync(page, recovery[0]);
        await page.WaitForURLAsync(home);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Xin chào, Quản trị xã" })).ToBeVisibleAsync();
        await session.SignOutAsync();

        await PasswordAsync(session);
        await UseRecoveryCodeAsync(page, recovery[0]);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(WrongCode);
        Assert.EndsWith($"/{Tenant}/account/totp", page.Url);
        await UseRecoveryCodeAsync(page, recovery[1]);
        await page.WaitForURLAsync(home);
        session.AssertOwnOriginOnlyAndNoErrors();
    }

    /// <summary>The password step of an enrolled account, which must lead to the code page.</summary>
    private static async Task PasswordAsync(BrowserSession session)
    {
        await session.TypeCredentialsAsync(DemoAccounts.TenantAdmin, DemoAccounts.Password);
        await session.Page.WaitForURLAsync($"**/{Tenant}/account/totp");
    }

    /// <summary>Opens "Không dùng được ứng dụng xác thực?", types the recovery code and presses "Xác nhận".</summary>
    private static async Task UseRecoveryCodeAsync(IPage page, string code)
    {
        await page.GetByText("Không dùng được ứng dụng xác thực?").ClickAsync();
        await page.GetByLabel("Mã khôi phục").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
    }

    /// <summary>A six-digit code the key does not give in any 30 s step the server accepts now.</summary>
    private static string CodeNotValidNow(string key)
    {
        var totp = new Totp(Base32Encoding.ToBytes(key.Replace(" ", "")));
        var now = DateTime.UtcNow;
        var valid = Enumerable.Range(-2, 5).Select(step => totp.ComputeTotp(now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(code => !valid.Contains(code));
    }
}
