using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

/// <summary>
/// Signing in as a person does in the browser: the password page, then the second factor when the
/// server asks for it — enrolling the test's authenticator app (<see cref="Authenticators"/>) from the
/// key the enrolment page shows, or typing its next code.
/// </summary>
public static class SignInSteps
{
    private static readonly Regex NotSignInPage = new("^(?!.*/account/login).*$");
    private static readonly Regex OutsideAccountPages = new("^(?!.*/account/).*$");
    private const float SignInBound = 60_000;

    /// <summary>Signs in on the sign-in page of a tenant ("" for the central office); ends on the page the sign-in leads to.</summary>
    public static async Task SignInAsync(this BrowserSession session, string tenantPrefix, string userName, string password)
    {
        await session.GotoAsync(BrowserSession.LoginPath(tenantPrefix));
        await session.TypeCredentialsAsync(userName, password);
        await session.FinishSignInAsync(tenantPrefix, userName);
    }

    /// <summary>
    /// Signed in as the account, on the tenant's home page: through the sign-in pages the first time in
    /// this run, later with the session cookie that sign-in got (see <see cref="SignedInAccounts"/>).
    /// </summary>
    public static async Task SignInOnceAsync(this BrowserSession session, string tenantPrefix, string userName, string password)
    {
        if (!session.Accounts.TryGet(tenantPrefix, userName, out var cookies))
        {
            await session.SignInAsync(tenantPrefix, userName, password);
            return;
        }
        await session.Context.AddCookiesAsync(cookies);
        var home = tenantPrefix.Length == 0 ? "/" : $"/{tenantPrefix}/";
        var response = await session.GotoAsync(home);
        Assert.True(response?.Status == 200 && new Uri(session.Page.Url).AbsolutePath == home,
            $"{userName}'s kept session no longer opens {home}: {session.Page.Url}");
    }

    /// <summary>
    /// After the password was sent: enrols the authenticator or gives the next code, as the server asks,
    /// and waits for the page the sign-in leads to. The account's session cookie is kept for <see cref="SignInOnceAsync"/>.
    /// </summary>
    public static async Task FinishSignInAsync(this BrowserSession session, string tenantPrefix, string userName)
    {
        var page = session.Page;
        // Checking a password is slow by design (its hash), the more so on two cores running the whole suite: a generous bound, no speed claim.
        await page.WaitForURLAsync(NotSignInPage, new() { Timeout = SignInBound });
        var path = new Uri(page.Url).AbsolutePath;
        if (path.EndsWith("/account/totp/enrol", StringComparison.Ordinal))
            await session.ContinueAsync(await session.EnrolAsync(tenantPrefix, userName));
        else if (path.EndsWith("/account/totp", StringComparison.Ordinal))
            await session.ConfirmCodeAsync(await Authenticators.NextCodeAsync(session.Origin, tenantPrefix, userName));
        await page.WaitForURLAsync(OutsideAccountPages, new() { Timeout = SignInBound });
        await session.Accounts.RememberAsync(session.Context, tenantPrefix, userName);
    }

    /// <summary>On the enrolment page: adds the key shown to the authenticator app, types its code; returns the recovery codes shown.</summary>
    public static async Task<IReadOnlyList<string>> EnrolAsync(this BrowserSession session, string tenantPrefix, string userName)
    {
        var page = session.Page;
        Authenticators.Enrol(session.Origin, tenantPrefix, userName, await page.Locator("#totp-secret").InnerTextAsync());
        await page.GetByLabel("Mã xác thực").FillAsync(await Authenticators.NextCodeAsync(session.Origin, tenantPrefix, userName));
        await page.GetByRole(AriaRole.Button, new() { Name = "Hoàn tất đăng ký" }).ClickAsync();
        var codes = page.Locator("#recovery-codes li");
        await Assertions.Expect(codes).ToHaveCountAsync(10);
        return await codes.AllInnerTextsAsync();
    }

    /// <summary>On the recovery codes page: checks ten different codes are shown, then follows "Tiếp tục".</summary>
    public static async Task ContinueAsync(this BrowserSession session, IReadOnlyList<string> recoveryCodes)
    {
        Assert.Equal(10, recoveryCodes.Select(c => c.Trim()).Where(c => c.Length >= 8).Distinct().Count());
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "Tiếp tục" }).ClickAsync();
    }

    /// <summary>On the code page: types a code into "Mã xác thực" and presses "Xác nhận".</summary>
    public static async Task ConfirmCodeAsync(this BrowserSession session, string code)
    {
        await session.Page.GetByLabel("Mã xác thực").FillAsync(code);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
    }

    /// <summary>Presses "Đăng xuất" and waits for the sign-in page.</summary>
    public static async Task SignOutAsync(this BrowserSession session)
    {
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await session.Page.WaitForURLAsync("**/account/login");
    }
}
