using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AuditTrailTests(PortalBrowser browser)
{
    /// <summary>Demo accounts of the department (recipes/demo.json).</summary>
    private const string SecurityOfficer = "baomat";
    private const string PlainOfficer = "chuyenvien2";
    private const string Archivist = "luutru";
    private const string Audit = "Nhật ký truy cập";
    private const string FailedPassword = "sai tên đăng nhập hoặc mật khẩu";

    [Fact]
    public async Task The_security_officer_finds_a_failed_sign_in_filters_by_action_and_exports_the_result_as_CSV()
    {
        await using (var stranger = await browser.NewSessionAsync())
        {
            await stranger.GotoAsync(BrowserSession.LoginPath(DemoAccounts.Department));
            await stranger.TypeCredentialsAsync(Archivist, "Portal@Sai2026");
            await Assertions.Expect(stranger.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("mật khẩu không đúng");
        }
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync(DemoAccounts.Department, SecurityOfficer, DemoAccounts.Password);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" }).GetByRole(AriaRole.Link, new() { Name = Audit }).ClickAsync();

        await page.WaitForURLAsync($"**/{DemoAccounts.Department}/admin/audit");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Audit, Level = 1 })).ToBeVisibleAsync();
        var failed = Rows(page, Archivist, "Đăng nhập", "Không thành công");
        await Assertions.Expect(failed.First).ToContainTextAsync(FailedPassword);
        await Assertions.Expect(Rows(page, SecurityOfficer, "Đăng nhập", "Thành công").First).ToBeVisibleAsync();
        await session.ScreenshotAsync("15-nhat-ky-truy-cap");

        await page.GetByLabel("Hành động").SelectOptionAsync(new SelectOptionValue { Label = "Đăng nhập" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();

        await page.WaitForURLAsync("**/admin/audit?*Action=signin*");
        await Assertions.Expect(page.GetByLabel("Hành động")).ToHaveValueAsync("signin");
        await Assertions.Expect(failed.First).ToBeVisibleAsync();
        var actions = await page.Locator("#audit tbody tr td:nth-child(4)").AllInnerTextsAsync();
        Assert.NotEmpty(actions);
        Assert.All(actions, action => Assert.Equal("Đăng nhập", action));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Xuất CSV" }).ClickAsync());
        Assert.Matches(@"^nhat-ky-truy-cap-\d{8}-\d{6}\.csv$", download.SuggestedFilename);
        var csv = new CsvFile(await File.ReadAllBytesAsync(await download.PathAsync()));
        Assert.True(csv.StartsWithUtf8Bom, "The CSV does not start with a UTF-8 byte order mark (spreadsheets would garble the diacritics).");
        Assert.Equal(["Số thứ tự", "Thời gian (UTC)", "Người dùng", "Hành động", "Kết quả", "Loại đối tượng", "Đối tượng", "Địa chỉ", "Chi tiết"], csv.Rows[0]);
        var entries = csv.Rows.Skip(1).ToList();
        Assert.Contains(entries, e => e[2] == Archivist && e[4] == "Không thành công" && e[8] == FailedPassword);
        Assert.All(entries, e => Assert.Equal("Đăng nhập", e[3]));

        // The enrolment is older than the page's 100 newest entries once other tests have worked in the agency: found by its action.
        await page.GetByLabel("Hành động").SelectOptionAsync(new SelectOptionValue { Label = "Đăng ký xác thực hai lớp" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/audit?*Action=signin.enrolled*");
        await Assertions.Expect(Rows(page, SecurityOfficer, "Đăng ký xác thực hai lớp", "Thành công")).ToHaveCountAsync(1);
        session.AssertOwnOriginOnlyAndNoErrors();
    }

    [Fact]
    public async Task An_officer_without_clearance_signs_in_with_the_password_alone_and_is_refused_the_audit_trail()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync(DemoAccounts.Department, PlainOfficer, DemoAccounts.Password);

        Assert.DoesNotContain(session.Requests, url => url.Contains("/account/totp", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Xin chào, Bùi Đức Anh" })).ToBeVisibleAsync();
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" });
        await Assertions.Expect(menu).ToBeVisibleAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = Audit })).ToHaveCountAsync(0);

        await session.GotoExpectingAsync($"/{DemoAccounts.Department}/admin/audit", 403);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Không có quyền" })).ToBeVisibleAsync();
        await session.GotoExpectingAsync($"/{DemoAccounts.Department}/admin/audit/export", 403);
        session.AssertOwnOriginOnlyAndNoErrors();
    }

    /// <summary>The trail's rows of one user, action and outcome.</summary>
    private static ILocator Rows(IPage page, string userName, string action, string outcome) =>
        page.Locator("#audit tbody tr")
            .Filter(new() { Has = Cell(page, 3, userName) })
            .Filter(new() { Has = Cell(page, 4, action) })
            .Filter(new() { Has = Cell(page, 5, outcome) });

    private static ILocator Cell(IPage page, int column, string text) =>
        page.Locator($"td:nth-child({column})", new() { HasTextRegex = new Regex("^" + Regex.Escape(text) + "$") });
}
