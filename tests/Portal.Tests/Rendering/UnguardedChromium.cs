using Microsoft.Playwright;

namespace Portal.Tests.Rendering;

/// <summary>
/// The same Chromium printing the same HTML with none of the renderer's guards (scripts on, no
/// routes): the control that shows a test's HTML really would run or reach out.
/// </summary>
public static class UnguardedChromium
{
    public static async Task<byte[]> PrintAsync(string html)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        return await page.PdfAsync(new PagePdfOptions { Format = "A4" });
    }
}
