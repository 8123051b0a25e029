using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

/// <summary>The search page (Tra cứu) in the browser: typed without marks, found with the words marked, exported (XLSX, PDF, DOCX links; the DOCX downloads), narrowed by a facet, ordered, saved; nothing for a stranger.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(PortalBrowser browser)
{
    private const string Tenant = DemoAccounts.Department;

    [Fact]
    public async Task The_clerk_finds_a_registered_document_without_typing_marks_narrows_saves_and_a_stranger_finds_nothing()
    {
        var number = $"{Random.Shared.Next(1000, 9999)}/STTTT-TRACUU";
        await using (var clerk = await browser.NewSessionAsync())
        {
            var page = clerk.Page;
            await clerk.SignInAsync(Tenant, DemoAccounts.Clerk, DemoAccounts.Password);
            await IncomingForm.OpenAsync(page, Tenant, "Sở Thông tin và Truyền thông tỉnh Nghệ An", number);
            await page.GetByLabel("Tên loại").FillAsync("Báo cáo");
            await page.GetByLabel("Trích yếu").FillAsync("Báo cáo sự cố mã độc tại huyện Quỳnh Lưu");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và mở văn bản" }).ClickAsync();
            await page.WaitForURLAsync(new Regex($"/{Tenant}/incoming/\\d+$"));

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" }).GetByRole(AriaRole.Link, new() { Name = "Tra cứu văn bản" }).ClickAsync();
            await page.GetByLabel("Từ khóa").FillAsync("ma doc quynh luu");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
            var result = page.Locator("#results .result", new() { HasText = number });
            await Assertions.Expect(result).ToBeVisibleAsync();
            await Assertions.Expect(result.Locator(".snippet mark").First).ToHaveTextAsync("mã");
            await Assertions.Expect(result.Locator(".snippet")).ToContainTextAsync("Quỳnh Lưu");
            await Assertions.Expect(result.Locator(".mark-classification")).ToHaveTextAsync("MẬT");
            await Assertions.Expect(page.Locator("#export")).ToHaveAttributeAsync("href", new Regex("/search/export\\?q="));
            await Assertions.Expect(page.Locator("#export-pdf")).ToHaveAttributeAsync("href", new Regex("/search/export\\?q=.*&format=pdf$"));
            await Assertions.Expect(page.Locator("#export-docx")).ToHaveAttributeAsync("href", new Regex("/search/export\\?q=.*&format=docx$"));
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-docx").ClickAsync());
            Assert.Equal("ket-qua-tra-cuu.docx", download.SuggestedFilename);

            await page.Locator("#facets [data-facet='documentType'] a", new() { HasText = "Báo cáo" }).ClickAsync();
            await Assertions.Expect(page.Locator("#facets [data-facet='documentType'] a[aria-current='true']")).ToHaveTextAsync("Báo cáo");
            await Assertions.Expect(page.Locator("#results .result", new() { HasText = number })).ToBeVisibleAsync();
            await page.GetByLabel("Sắp xếp").SelectOptionAsync("date");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
            await Assertions.Expect(page.Locator("#results .result", new() { HasText = number })).ToBeVisibleAsync();

            await page.GetByLabel("Lưu điều kiện tra cứu này với tên").FillAsync("Sự cố mã độc");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
            await page.GotoAsync($"/{Tenant}/search");
            await page.Locator("#saved-searches a", new() { HasText = "Sự cố mã độc" }).ClickAsync();
            await Assertions.Expect(page.Locator("#results .result", new() { HasText = number })).ToBeVisibleAsync();
            await clerk.ScreenshotAsync("30-tra-cuu");
            clerk.AssertOwnOriginOnlyAndNoErrors();
        }

        await using var stranger = await browser.NewSessionAsync();
        await stranger.SignInAsync(Tenant, "chuyenvien2", DemoAccounts.Password);
        await stranger.GotoAsync($"/{Tenant}/search?q=" + Uri.EscapeDataString(number));
        await Assertions.Expect(stranger.Page.Locator("#no-results")).ToBeVisibleAsync();
        await Assertions.Expect(stranger.Page.Locator("#total")).ToHaveAttributeAsync("data-total", "0");
        stranger.AssertOwnOriginOnlyAndNoErrors();
    }
}
