namespace Portal.BrowserTests;

/// <summary>The director opens Báo cáo thống kê from the menu, picks the year and downloads the printable report.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportTests(PortalBrowser browser)
{
    [Fact]
    public async Task The_director_opens_the_report_for_the_year_and_prints_it()
    {
        await using var director = await browser.NewSessionAsync();
        var page = director.Page;
        await director.GotoAsync(BrowserSession.LoginPath(DemoAccounts.Department));
        await director.SignInOnceAsync(DemoAccounts.Department, DemoAccounts.Director, DemoAccounts.Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" })
            .GetByRole(AriaRole.Link, new() { Name = "Báo cáo văn bản đến" }).ClickAsync();
        await page.WaitForURLAsync("**/reports");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo văn bản đến", Level = 1 })).ToBeVisibleAsync();

        var year = DateTime.UtcNow.AddHours(7).Year;
        await page.GetByRole(AriaRole.Link, new() { Name = $"Năm {year}" }).ClickAsync();
        await page.WaitForURLAsync($"**/reports?from={year}-01-01&to={year}-12-31");
        await Assertions.Expect(page.Locator("#report-period-text")).ToContainTextAsync($"từ ngày 01/01/{year} đến ngày 31/12/{year}");
        await Assertions.Expect(page.Locator("#by-state")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#overdue-by-unit")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#handling")).ToContainTextAsync("Tổng số");
        await director.ScreenshotAsync("30-bao-cao-van-ban-den");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "In báo cáo (PDF)" }).ClickAsync());
        Assert.Equal($"bao-cao-van-ban-den-{year}0101-{year}1231.pdf", download.SuggestedFilename);
        Assert.StartsWith("%PDF", await File.ReadAllTextAsync(await download.PathAsync()));
        director.AssertOwnOriginOnlyAndNoErrors();
    }
}
