using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

/// <summary>
/// Exchange between agencies in the browser: the sender's clerk sends an issued document to two agencies from its
/// exchange page; one recipient's clerk finds it in "Văn bản điện tử đến", opens it and registers it ("Vào sổ"); the
/// sender's table then shows 03 for that agency and 01 for the other.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExchangePagesTests(PortalBrowser browser)
{
    [Fact]
    public async Task A_clerk_sends_an_issued_document_the_recipient_registers_it_and_the_sender_sees_01_and_03()
    {
        var (sender, _) = await ExchangeAgencies.CreateAsync(browser.Server, "lt-gui");
        var (registering, registeringCode) = await ExchangeAgencies.CreateAsync(browser.Server, "lt-nhan");
        var (_, waitingCode) = await ExchangeAgencies.CreateAsync(browser.Server, "lt-cho");
        var subject = $"V/v rà soát tài liệu bí mật nhà nước đợt {Random.Shared.Next(100, 999)}";
        var id = await ExchangeAgencies.IssueAsync(browser.Server, sender, subject);

        await using var senderClerk = await browser.NewSessionAsync();
        var page = senderClerk.Page;
        await senderClerk.SignInAsync(sender, DemoAccounts.Clerk, DemoAccounts.Password);
        await senderClerk.GotoAsync($"/{sender}/outgoing/{id}");
        await page.Locator("#exchange-link").ClickAsync();
        await page.WaitForURLAsync(new Regex($"/{sender}/exchange/outgoing/{id}$"));
        await Assertions.Expect(page.Locator("#recipients-empty")).ToBeVisibleAsync();
        await page.Locator("#send-form").GetByLabel("Mã định danh cơ quan nhận").FillAsync($"{registeringCode}, {waitingCode}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi liên thông" }).ClickAsync();
        await Assertions.Expect(page.Locator("#recipients tbody tr")).ToHaveCountAsync(2);
        await senderClerk.ScreenshotAsync("40-lien-thong-gui");

        await using var recipientClerk = await browser.NewSessionAsync();
        var queue = recipientClerk.Page;
        await recipientClerk.SignInAsync(registering, DemoAccounts.Clerk, DemoAccounts.Password);
        await queue.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" }).GetByRole(AriaRole.Link, new() { Name = "Văn bản điện tử đến" }).ClickAsync();
        var line = queue.Locator("#arrivals tbody tr", new() { HasText = "MẬT" });
        await ReloadUntilAsync(queue, line);
        await Assertions.Expect(line.Locator(".arrival-state")).ToHaveTextAsync("Chờ vào sổ");
        await recipientClerk.ScreenshotAsync("41-van-ban-dien-tu-den");
        await line.GetByRole(AriaRole.Link, new() { Name = "Mở" }).ClickAsync();
        await Assertions.Expect(queue.Locator("#envelope-verified")).ToBeVisibleAsync();
        await Assertions.Expect(queue.GetByLabel("Trích yếu")).ToHaveValueAsync(subject);
        await Assertions.Expect(queue.GetByLabel("Số, ký hiệu", new() { Exact = true })).ToHaveValueAsync(new Regex(@"^\d+/SNV-VP$"));
        await recipientClerk.ScreenshotAsync("42-van-ban-dien-tu-mo");
        await queue.GetByRole(AriaRole.Button, new() { Name = "Vào sổ" }).ClickAsync();
        await queue.WaitForURLAsync(new Regex($"/{registering}/incoming/\\d+$"));
        await Assertions.Expect(queue.Locator("body")).ToContainTextAsync(subject);
        recipientClerk.AssertOwnOriginOnlyAndNoErrors();

        var table = page.Locator("#recipients");
        await ReloadUntilAsync(page, table.Locator($"tr[data-agency='{registeringCode}'] .latest", new() { HasTextRegex = new Regex("^03 ") }));
        await ReloadUntilAsync(page, table.Locator($"tr[data-agency='{waitingCode}'] .latest", new() { HasTextRegex = new Regex("^01 ") }));
        await Assertions.Expect(table.Locator($"tr[data-agency='{registeringCode}'] .statuses li")).ToHaveCountAsync(2);
        await senderClerk.ScreenshotAsync("43-lien-thong-trang-thai");
        senderClerk.AssertOwnOriginOnlyAndNoErrors();
    }

    /// <summary>Delivery and the status messages go through the outbox after the answer: reloads until the element is there.</summary>
    private static async Task ReloadUntilAsync(IPage page, ILocator locator)
    {
        for (var attempt = 0; attempt < 60 && await locator.CountAsync() == 0; attempt++)
        {
            await page.WaitForTimeoutAsync(500);
            await page.ReloadAsync();
        }
        await Assertions.Expect(locator).ToHaveCountAsync(1);
    }
}
