using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

/// <summary>
/// OCR intake in the browser: the clerk sends a scan, watches the page being read (the page reloads itself, no
/// script), lands on the registration form filled from the scan with the scan beside it and the doubtful
/// fields marked "Cần kiểm tra", and registers it; the document carries the scan as its attachment.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OcrIntakeTests(PortalBrowser browser)
{
    private const string Tenant = DemoAccounts.Department;

    private static string Samples =>
        Environment.GetEnvironmentVariable("PORTAL_OCR_SAMPLES") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "samples", "scans"));

    [Fact]
    public async Task The_clerk_sends_a_scan_watches_its_progress_checks_the_prefilled_form_and_registers_it()
    {
        var meta = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(Path.Combine(Samples, "sample3.meta.json")))!;
        await using var clerk = await browser.NewSessionAsync();
        var page = clerk.Page;
        await clerk.SignInAsync(Tenant, DemoAccounts.Clerk, DemoAccounts.Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" }).GetByRole(AriaRole.Link, new() { Name = "Vào sổ từ bản quét" }).ClickAsync();
        await page.GetByLabel("Bản quét văn bản đến").SetInputFilesAsync(Path.Combine(Samples, "sample3.jpg"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi và nhận dạng" }).ClickAsync();

        // The waiting page, then (by its own reload) the pre-filled form.
        await page.WaitForURLAsync(new Regex($"/{Tenant}/(ocr/jobs/[0-9a-f-]+|incoming/new\\?ocr=[0-9a-f-]+)$"));
        if (page.Url.Contains("/ocr/jobs/", StringComparison.Ordinal))
        {
            await Assertions.Expect(page.Locator("#ocr-progress")).ToContainTextAsync(new Regex("Đang (chờ|mở|đọc)"));
            await Assertions.Expect(page.Locator("meta[http-equiv=refresh]")).ToHaveCountAsync(1);
        }
        await page.WaitForURLAsync(new Regex($"/{Tenant}/incoming/new\\?ocr=[0-9a-f-]+$"), new() { Timeout = 180_000 });

        await Assertions.Expect(page.GetByLabel("Cơ quan gửi (tác giả)")).ToHaveValueAsync(meta["agency"]);
        await Assertions.Expect(page.GetByLabel("Số, ký hiệu")).ToHaveValueAsync(meta["number"]);
        await Assertions.Expect(page.GetByLabel("Ngày tháng văn bản")).ToHaveValueAsync(meta["date"]);
        await Assertions.Expect(page.GetByLabel("Trích yếu")).ToHaveValueAsync(meta["subject"]);
        await Assertions.Expect(page.Locator(".ocr-scan img").First).ToBeVisibleAsync();
        Assert.True(await page.Locator(".ocr-scan img").First.EvaluateAsync<int>("i => i.naturalWidth") > 0, "the scan's image did not load");
        // Every highlighted field says so in words; at least the form explains the highlight.
        var checks = await page.Locator(".field.ocr-check").CountAsync();
        await Assertions.Expect(page.Locator(".ocr-hint")).ToHaveCountAsync(checks);
        await Assertions.Expect(page.Locator("#ocr-prefill")).ToContainTextAsync("Cần kiểm tra");
        await clerk.ScreenshotAsync("30-vao-so-tu-ban-quet");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và mở văn bản" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/{Tenant}/incoming/\\d+$"));
        await Assertions.Expect(page.Locator("#attachments")).ToContainTextAsync("sample3.jpg");
        clerk.AssertOwnOriginOnlyAndNoErrors();
    }
}
