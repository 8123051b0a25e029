using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

/// <summary>A work dossier in the browser: the clerk registers a letter, opens a dossier from the catalogue, files the letter, closes the dossier and hands it over, downloading the hand-over record.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DossierTests(PortalBrowser browser)
{
    private const string Tenant = DemoAccounts.Department;

    [Fact]
    public async Task The_clerk_opens_a_dossier_files_a_letter_closes_it_and_hands_it_to_the_archive()
    {
        var number = $"{Random.Shared.Next(100, 999)}/UBND-VP";
        await using var clerk = await browser.NewSessionAsync();
        var page = clerk.Page;
        await clerk.SignInAsync(Tenant, DemoAccounts.Clerk, DemoAccounts.Password);
        await Menu(page).GetByRole(AriaRole.Link, new() { Name = "Vào sổ văn bản đến" }).ClickAsync();
        await page.GetByLabel("Cơ quan gửi (tác giả)").FillAsync("Ủy ban nhân dân tỉnh Nghệ An");
        await page.GetByLabel("Số, ký hiệu", new() { Exact = true }).FillAsync(number);
        await page.GetByLabel("Ngày tháng văn bản").FillAsync(DateTime.UtcNow.AddHours(7).AddDays(-3).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Tên loại").FillAsync("Công văn");
        await page.GetByLabel("Trích yếu").FillAsync("V/v kiểm tra công tác bảo vệ bí mật nhà nước năm 2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và mở văn bản" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/{Tenant}/incoming/\\d+$"));
        var documentId = new Uri(page.Url).AbsolutePath.Split('/').Last();

        await Menu(page).GetByRole(AriaRole.Link, new() { Name = "Danh mục hồ sơ" }).ClickAsync();
        await page.Locator("#catalogue tr", new() { HasText = "01.VP" }).GetByRole(AriaRole.Button, new() { Name = "Mở hồ sơ" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/{Tenant}/dossiers/\\d+$"));
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Đang lập");
        await page.GetByLabel("Loại", new() { Exact = true }).SelectOptionAsync("incoming");
        await page.GetByLabel("Mã văn bản").FillAsync(documentId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đưa vào hồ sơ" }).ClickAsync();
        await Assertions.Expect(page.Locator("#contents")).ToContainTextAsync(number);

        await page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc hồ sơ" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Đã kết thúc, chờ nộp lưu");
        await page.GetByLabel("Người nhận").SelectOptionAsync("luutru");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp lưu" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Đã nộp lưu");
        await Assertions.Expect(page.Locator("#handed-over")).ToContainTextAsync("Đỗ Thị Thu");
        // The hand-over record (biên bản giao nhận) as the clerk's browser downloads it: the archive's receiver and the letter counted.
        var record = await clerk.Context.APIRequest.GetAsync(await page.Locator("#hand-over-pdf").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, record.Status);
        Assert.StartsWith("application/pdf", record.Headers["content-type"]);
        var text = await PdfPages.TextAsync(await record.BodyAsync());
        Assert.Contains("BIÊN BẢN GIAO NHẬN TÀI LIỆU", text);
        Assert.Contains("Đỗ Thị Thu", text);
        clerk.AssertOwnOriginOnlyAndNoErrors();
    }

    private static ILocator Menu(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" });
}
