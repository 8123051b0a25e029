namespace Portal.BrowserTests;

/// <summary>No page loads anything from another origin (fonts, icons and scripts ship with Portal) and none breaks its CSP.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTrafficTests(PortalBrowser browser)
{
    private static readonly string[] CentralOfficePages =
        ["/", "/admin/tenants", "/admin/tenants/new", $"/admin/tenants/{DemoAccounts.Department}", "/admin/diagnostics", "/admin/audit"];

    private static readonly string[] TenantPages = ["/", "/admin/users", "/admin/users/new", "/admin/registers"];

    [Fact]
    public async Task Every_page_loads_only_from_the_server_itself_without_console_errors()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;

        await session.SignInOnceAsync("", DemoAccounts.CentralAdmin, DemoAccounts.CentralAdminPassword);
        foreach (var path in CentralOfficePages)
            await OpenAsync(session, path);
        await session.SignInOnceAsync(DemoAccounts.Department, DemoAccounts.TenantAdmin, DemoAccounts.Password);
        foreach (var path in TenantPages)
            await OpenAsync(session, $"/{DemoAccounts.Department}{path}");
        await session.GotoNotFoundAsync("/khong-co-co-quan-nay/");
        await AssertNamesItsIconAsync(page);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await session.GotoAsync($"/{DemoAccounts.Department}/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await page.WaitForURLAsync($"**/{DemoAccounts.Department}/account/login");

        var paths = session.Requests.Select(url => new Uri(url).AbsolutePath).ToHashSet();
        Assert.Contains("/static/theme/portal.css", paths);
        Assert.Contains("/static/theme/portal.js", paths);
        Assert.Contains(paths, p => p.StartsWith("/static/theme/fonts/", StringComparison.Ordinal) && p.EndsWith(".woff2", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.StartsWith("/static/theme/icons/", StringComparison.Ordinal) && p.EndsWith(".svg", StringComparison.Ordinal));
        session.AssertOwnOriginOnlyAndNoErrors();
    }

    private static async Task OpenAsync(BrowserSession session, string path)
    {
        var response = await session.GotoAsync(path);
        Assert.True(response?.Status == 200, $"{path}: {response?.Status}");
        await AssertNamesItsIconAsync(session.Page);
        await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>A page without an icon link makes the browser ask for /favicon.ico, which answers 404 (a console error).</summary>
    private static async Task AssertNamesItsIconAsync(IPage page) =>
        Assert.True(await page.Locator("head link[rel~='icon']").CountAsync() == 1, page.Url + " names no icon (<link rel=\"icon\">)");
}
