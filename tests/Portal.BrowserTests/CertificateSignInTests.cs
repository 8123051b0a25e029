using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

/// <summary>
/// Sign-in with a client certificate on the HTTPS address, as the browser presents it in the TLS handshake:
/// the demo recipe's test CA issued vanthu's, a forger's look-alike is refused, and so is a browser that has none.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CertificateSignInTests(PortalBrowser browser)
{
    private const string Tenant = DemoAccounts.Department;
    private const string ClerkName = "Nguyễn Thị Lan";
    private const string Refused =
        "Không đăng nhập được bằng chứng thư số: chứng thư không hợp lệ, đã hết hạn hoặc bị thu hồi, chưa được gắn với tài khoản, hoặc tài khoản đang bị khóa.";
    private const string NoneSent = "Trình duyệt chưa gửi chứng thư số.";
    private static readonly Regex SignInPage = new($"/{Tenant}/account/login(\\?.*)?$");

    private string CertificatePage => new Uri(browser.Server.HttpsAddress, $"{Tenant}/account/certificate").ToString();

    [Fact]
    public async Task The_clerk_signs_in_with_her_certificate_from_the_sign_in_page_and_is_asked_no_one_time_code()
    {
        using var issued = X509CertificateLoader.LoadPkcs12FromFile(DemoCertificateFile(DemoAccounts.Clerk), DemoAccounts.Password);
        await using var session = await browser.NewHttpsSessionAsync(new ClientCertificate
        {
            Origin = HttpsOrigin, PfxPath = DemoCertificateFile(DemoAccounts.Clerk), Passphrase = DemoAccounts.Password,
        });
        var page = session.Page;
        await session.GotoAsync(BrowserSession.LoginPath(Tenant));
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập bằng chứng thư số" }).ClickAsync();

        await page.WaitForURLAsync(CertificatePage);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập bằng chứng thư số", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".brand-tenant")).ToHaveTextAsync("Sở Nội vụ tỉnh Nghệ An");
        var presented = page.Locator("#presented-certificate dd");
        await Assertions.Expect(presented).ToHaveTextAsync([ClerkName, issued.GetNameInfo(X509NameType.SimpleName, true)]);
        await session.ScreenshotAsync("16-dang-nhap-chung-thu-so");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập bằng chứng thư số" }).ClickAsync();

        await page.WaitForURLAsync(new Uri(browser.Server.HttpsAddress, Tenant + "/").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Xin chào, " + ClerkName, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".user-name")).ToHaveTextAsync(ClerkName);
        Assert.DoesNotContain(session.Requests, url => url.Contains("/account/totp", StringComparison.Ordinal));
        session.AssertOwnOriginOnlyAndNoErrors();
    }

    [Fact]
    public async Task A_browser_without_a_certificate_is_refused_in_Vietnamese_and_stays_signed_out()
    {
        await using var session = await browser.NewHttpsSessionAsync();
        var page = session.Page;
        await session.GotoAsync(CertificatePage);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(NoneSent);
        await Assertions.Expect(page.Locator("#presented-certificate")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập bằng chứng thư số" }).ClickAsync();

        await AssertRefusedAndSignedOutAsync(session, "17-chung-thu-so-khong-co");
    }

    [Fact]
    public async Task A_look_alike_certificate_from_a_CA_the_agency_does_not_trust_is_refused_and_stays_signed_out()
    {
        using var real = X509CertificateLoader.LoadPkcs12FromFile(DemoCertificateFile(DemoAccounts.Clerk), DemoAccounts.Password);
        await using var session = await browser.NewHttpsSessionAsync(new ClientCertificate
        {
            Origin = HttpsOrigin, Pfx = LookAlikeCertificate.Pfx(real, DemoAccounts.Password), Passphrase = DemoAccounts.Password,
        });
        var page = session.Page;
        await session.GotoAsync(CertificatePage);
        await Assertions.Expect(page.Locator("#presented-certificate dd"))
            .ToHaveTextAsync([ClerkName, real.GetNameInfo(X509NameType.SimpleName, true)]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập bằng chứng thư số" }).ClickAsync();

        await AssertRefusedAndSignedOutAsync(session, "18-chung-thu-so-gia-mao");
    }

    /// <summary>The refusal on the certificate page, no session cookie, no menu, and the home page sends back to sign-in.</summary>
    private async Task AssertRefusedAndSignedOutAsync(BrowserSession session, string screenshot)
    {
        var page = session.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(Refused);
        Assert.Equal(CertificatePage, page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" })).ToHaveCountAsync(0);
        await session.ScreenshotAsync(screenshot);
        Assert.DoesNotContain(await session.Context.CookiesAsync(), c => c.Name.StartsWith(".portal.session", StringComparison.Ordinal));

        await session.GotoAsync($"/{Tenant}/");
        await Assertions.Expect(page).ToHaveURLAsync(SignInPage);
        await Assertions.Expect(page.Locator(".user-name")).ToHaveCountAsync(0);
        session.AssertOwnOriginOnlyAndNoErrors();
    }

    private string HttpsOrigin => browser.Server.HttpsAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>The PFX the demo recipe's test CA wrote for the account.</summary>
    private string DemoCertificateFile(string userName) =>
        Path.Combine(browser.Server.DataFolder, "Sites", Tenant, "test-certificates", userName + ".pfx");
}
