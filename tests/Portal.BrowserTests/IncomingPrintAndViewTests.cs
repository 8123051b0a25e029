using System.Text;
using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

/// <summary>
/// The clerk prints the incoming register and exports it and a list from the pages' buttons, then views a
/// scan in the browser as a marked, numbered copy; screenshots of the register page and the viewer.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IncomingPrintAndViewTests(PortalBrowser browser)
{
    private const string Tenant = DemoAccounts.Department;

    [Fact]
    public async Task The_clerk_prints_and_exports_the_register_and_views_a_scan_as_a_marked_copy()
    {
        var number = $"{Random.Shared.Next(100, 999)}/CV-CAT";
        await using var clerk = await browser.NewSessionAsync();
        var page = clerk.Page;
        await clerk.SignInOnceAsync(Tenant, DemoAccounts.Clerk, DemoAccounts.Password);
        await IncomingForm.OpenAsync(page, Tenant, "Công an tỉnh Nghệ An", number);
        await page.GetByLabel("Tên loại").FillAsync("Công văn");
        await page.GetByLabel("Trích yếu").FillAsync("V/v tăng cường bảo vệ bí mật nhà nước trên không gian mạng");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và mở văn bản" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/{Tenant}/incoming/\\d+$"));
        var documentPath = new Uri(page.Url).AbsolutePath;

        await page.GetByLabel("Bản quét, PDF hoặc DOCX").SetInputFilesAsync(new FilePayload
        {
            Name = "Ban quet cong van.png", MimeType = "image/png", Buffer = await ScanAsync(clerk, number),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Đính kèm" }).ClickAsync();
        await Assertions.Expect(page.Locator("#attachments")).ToContainTextAsync("Ban quet cong van.png");
        // The scan's thumbnail, made by the isolated worker before the page was drawn, is an image the browser could decode.
        var thumbnail = page.Locator("#attachments img.thumbnail");
        await thumbnail.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(thumbnail).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await thumbnail.EvaluateAsync<int>("img => img.naturalWidth") > 0);

        // The register page: the range, the rows, and the buttons to print and export.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" }).GetByRole(AriaRole.Link, new() { Name = "Sổ văn bản đến", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/{Tenant}/incoming/register");
        await Assertions.Expect(page.Locator("#register tbody tr", new() { HasText = number })).ToContainTextAsync("tăng cường bảo vệ bí mật nhà nước");
        await Assertions.Expect(page.Locator("#register-actions")).ToBeVisibleAsync();
        await clerk.ScreenshotAsync("30-so-van-ban-den-in-xuat");

        var print = page.GetByRole(AriaRole.Link, new() { Name = "In sổ (PDF)" });
        var printed = await clerk.Context.APIRequest.GetAsync(await print.GetAttributeAsync("href") ?? "");
        Assert.Equal(200, printed.Status);
        Assert.Equal("application/pdf", printed.Headers["content-type"]);
        var pdf = await printed.BodyAsync();
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        await File.WriteAllBytesAsync(Path.Combine(RepositoryPaths.Screenshots, "30-so-van-ban-den.pdf"), pdf);

        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Xuất Excel (XLSX)" }).ClickAsync());
        Assert.Matches(@"^so-den-BMNN-DEN-\d{8}-\d{8}\.xlsx$", xlsx.SuggestedFilename);
        Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync(await xlsx.PathAsync()))[..2]);
        var csvDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Xuất CSV" }).ClickAsync());
        var csv = new CsvFile(await File.ReadAllBytesAsync(await csvDownload.PathAsync()));
        Assert.True(csv.StartsWithUtf8Bom);
        Assert.Contains(csv.Rows, r => r.Contains(number) && r.Contains("Công an tỉnh Nghệ An"));

        // The clerk's list of registered documents exports what the clerk may see.
        await page.GotoAsync($"/{Tenant}/incoming/registered");
        var listed = await page.RunAndWaitForDownloadAsync(() => page.Locator("#list-actions").GetByRole(AriaRole.Link, new() { Name = "Xuất CSV" }).ClickAsync());
        Assert.Contains(new CsvFile(await File.ReadAllBytesAsync(await listed.PathAsync())).Rows, r => r.Contains(number));

        // Viewing the scan opens the marked copy in a tab of its own: a PDF shown inline, never the original.
        await page.GotoAsync(documentPath);
        var viewLink = page.Locator("#attachments a.view-copy");
        var copyPath = await viewLink.GetAttributeAsync("href") ?? "";
        var copy = await clerk.Context.APIRequest.GetAsync(copyPath);
        Assert.Equal(200, copy.Status);
        Assert.Equal("application/pdf", copy.Headers["content-type"]);
        Assert.StartsWith("inline", copy.Headers["content-disposition"]);
        Assert.Equal("no-store", copy.Headers["cache-control"]);
        var copyNumber = copy.Headers["x-copy-number"];
        await File.WriteAllBytesAsync(Path.Combine(RepositoryPaths.Screenshots, "31-ban-xem-co-so.pdf"), await copy.BodyAsync());

        clerk.AssertOwnOriginOnlyAndNoErrors();
        var viewer = await page.RunAndWaitForPopupAsync(() => viewLink.ClickAsync());
        await viewer.WaitForLoadStateAsync(LoadState.Load);
        Assert.EndsWith(copyPath, new Uri(viewer.Url).AbsolutePath);
        await viewer.WaitForTimeoutAsync(1500);
        await viewer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "31-xem-ban-quet.png") });
        await viewer.CloseAsync();
        // Chromium's own PDF viewer loads its parts from chrome:// and chrome-extension://; every page request stayed on the server.
        var origin = clerk.Origin.GetLeftPart(UriPartial.Authority);
        Assert.All(clerk.Requests.Where(u => u.StartsWith("http", StringComparison.Ordinal)), u => Assert.StartsWith(origin, u));

        await using var security = await browser.NewSessionAsync();
        await security.SignInOnceAsync(Tenant, "baomat", DemoAccounts.Password);
        await security.GotoAsync($"/{Tenant}/admin/audit?Action=incoming.viewed");
        await Assertions.Expect(security.Page.Locator("#audit")).ToContainTextAsync($"Bản số {copyNumber} (xem trên trình duyệt, 1 trang): Ban quet cong van.png");
        await security.GotoAsync($"/{Tenant}/admin/audit?Action=incoming.register-exported");
        await Assertions.Expect(security.Page.Locator("#audit")).ToContainTextAsync("xuất ra XLSX");
        security.AssertOwnOriginOnlyAndNoErrors();
    }

    /// <summary>A scan of a paper document, as the clerk's scanner would make it: a page drawn by the browser and photographed.</summary>
    private static async Task<byte[]> ScanAsync(BrowserSession session, string number)
    {
        var paper = await session.Context.NewPageAsync();
        await paper.SetViewportSizeAsync(794, 1123);
        await paper.SetContentAsync(
            "<html lang=\"vi\"><body style=\"margin:60px;font-family:'Liberation Serif',serif;font-size:18px;background:#fbfaf5\">"
            + "<p style=\"text-align:center;font-weight:bold\">CÔNG AN TỈNH NGHỆ AN</p>"
            + $"<p style=\"text-align:center\">Số: {number}</p>"
            + "<p style=\"text-align:center;font-weight:bold;margin-top:40px\">CÔNG VĂN</p>"
            + "<p>V/v tăng cường bảo vệ bí mật nhà nước trên không gian mạng</p>"
            + string.Concat(Enumerable.Repeat("<p>Thực hiện Luật Bảo vệ bí mật nhà nước, đề nghị các cơ quan, đơn vị rà soát, kiểm tra việc soạn thảo, lưu giữ tài liệu mật trên máy tính.</p>", 8))
            + "</body></html>");
        var png = await paper.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png });
        await paper.CloseAsync();
        return png;
    }
}
