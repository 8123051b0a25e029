using System.IO.Compression;

namespace Portal.BrowserTests;

/// <summary>The central office's dashboard in the browser: charts, a filter, an agency's page asked for fresh figures, and the Excel export.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OversightTests(PortalBrowser browser)
{
    private const string Department = "Sở Nội vụ tỉnh Nghệ An";

    [Fact]
    public async Task The_central_office_follows_an_agency_from_the_dashboard_asks_for_its_figures_and_exports_the_list()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.GotoAsync("/account/login");
        await session.SignInOnceAsync("", DemoAccounts.CentralAdmin, DemoAccounts.CentralAdminPassword);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" })
            .GetByRole(AriaRole.Link, new() { Name = "Theo dõi triển khai" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/oversight");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Theo dõi triển khai toàn quốc", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg.chart")).ToHaveCountAsync(2);

        await page.GetByLabel("Cấp").SelectOptionAsync("Department");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await page.WaitForURLAsync("**level=Department**");
        var row = page.Locator("#agencies tbody tr", new() { HasText = Department });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#agencies tbody tr", new() { HasText = "Bộ Nội vụ" })).ToHaveCountAsync(0);

        await row.GetByRole(AriaRole.Link, new() { Name = Department }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Department, Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yêu cầu gửi lại số liệu" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("Đã yêu cầu cơ quan gửi lại số liệu.");
        await Assertions.Expect(page.Locator("#users")).Not.ToHaveTextAsync("— (—)");
        await Assertions.Expect(page.Locator("#agency-facts .badge")).Not.ToHaveTextAsync("Không báo cáo");
        await session.ScreenshotAsync("20-theo-doi-co-quan");

        await page.GetByRole(AriaRole.Link, new() { Name = "Theo dõi triển khai" }).First.ClickAsync();
        await page.WaitForURLAsync("**/admin/oversight");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Xuất Excel" }).ClickAsync());
        Assert.Equal("theo-doi-trien-khai.xlsx", download.SuggestedFilename);
        using (var zip = new ZipArchive(File.OpenRead(await download.PathAsync())))
        {
            var sheet = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
                .Select(e => new StreamReader(e.Open()).ReadToEnd()));
            Assert.Contains(Department, sheet);
        }
        session.AssertOwnOriginOnlyAndNoErrors();
    }
}
