namespace Portal.BrowserTests;

/// <summary>The security officer opens Thống kê bí mật nhà nước from the menu and downloads it as PDF and Excel.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SecretStatisticsTests(PortalBrowser browser)
{
    [Fact]
    public async Task The_security_officer_opens_the_yearly_statistics_and_downloads_them()
    {
        await using var officer = await browser.NewSessionAsync();
        var page = officer.Page;
        await officer.GotoAsync(BrowserSession.LoginPath(DemoAccounts.Department));
        await officer.SignInOnceAsync(DemoAccounts.Department, "baomat", DemoAccounts.Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" })
            .GetByRole(AriaRole.Link, new() { Name = "Thống kê bí mật nhà nước" }).ClickAsync();
        await page.WaitForURLAsync("**/secrets/statistics");
        var year = DateTime.UtcNow.AddHours(7).Year;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Thống kê bí mật nhà nước năm {year}", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#statistics tfoot")).ToContainTextAsync("Tổng cộng");
        await officer.ScreenshotAsync("64-thong-ke-bi-mat-nha-nuoc");

        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "In (PDF)" }).ClickAsync());
        Assert.Equal($"thong-ke-bi-mat-nha-nuoc-{year}.pdf", pdf.SuggestedFilename);
        Assert.StartsWith("%PDF", await File.ReadAllTextAsync(await pdf.PathAsync()));
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Xuất Excel" }).ClickAsync());
        Assert.Equal($"thong-ke-bi-mat-nha-nuoc-{year}.xlsx", xlsx.SuggestedFilename);
        officer.AssertOwnOriginOnlyAndNoErrors();
    }
}
