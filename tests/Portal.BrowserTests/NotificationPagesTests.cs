using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

/// <summary>
/// Notices in the browser, in an agency of its own: the director is told of a submitted document and the officer of
/// the work assigned to her, by the bell and the list; once her unit head has handed the document to someone else it
/// is named nowhere on her pages, nor ever on those of a colleague who was never on it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotificationPagesTests(PortalBrowser browser)
{
    private const string Tenant = "so-thong-bao";

    [Fact]
    public async Task Notifications_appear_for_new_work_and_never_name_a_document_the_receiver_cannot_see()
    {
        await browser.Server.CreateTenantAsync(Tenant, "demo");
        var number = $"{Random.Shared.Next(100, 999)}/UBND-TB";
        await using (var clerk = await browser.NewSessionAsync())
        {
            await clerk.SignInOnceAsync(Tenant, DemoAccounts.Clerk, DemoAccounts.Password);
            await IncomingForm.OpenAsync(clerk.Page, Tenant, "Ủy ban nhân dân tỉnh Nghệ An", number);
            await clerk.Page.GetByLabel("Tên loại").FillAsync("Công văn");
            await clerk.Page.GetByLabel("Trích yếu").FillAsync("V/v kiểm tra hồ sơ cán bộ");
            await clerk.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu và mở văn bản" }).ClickAsync();
            await clerk.Page.WaitForURLAsync(new Regex($"/{Tenant}/incoming/\\d+$"));
            await clerk.Page.GetByLabel("Lãnh đạo cho ý kiến").SelectOptionAsync(DemoAccounts.Director);
            await clerk.Page.GetByRole(AriaRole.Button, new() { Name = "Trình", Exact = true }).ClickAsync();
            clerk.AssertOwnOriginOnlyAndNoErrors();
        }

        await using var director = await browser.NewSessionAsync();
        await director.SignInOnceAsync(Tenant, DemoAccounts.Director, DemoAccounts.Password);
        var notice = await NoticeAsync(director, "Văn bản trình chờ cho ý kiến: " + number);
        await Assertions.Expect(director.Page.Locator("#notification-count")).ToHaveTextAsync("1");
        await notice.Locator("a").ClickAsync();
        await director.Page.GetByLabel("Ý kiến chỉ đạo").FillAsync("Giao phòng Tổ chức cán bộ chủ trì.");
        await director.Page.GetByLabel("Xử lý chính").SelectOptionAsync(DemoAccounts.Officer);
        await director.Page.GetByRole(AriaRole.Button, new() { Name = "Giao xử lý" }).ClickAsync();
        await Assertions.Expect(director.Page.Locator("#status")).ToHaveTextAsync("Đã giao xử lý");
        director.AssertOwnOriginOnlyAndNoErrors();

        await using var officer = await browser.NewSessionAsync();
        await officer.SignInOnceAsync(Tenant, DemoAccounts.Officer, DemoAccounts.Password);
        await NoticeAsync(officer, "Việc mới được giao: " + number);
        await Assertions.Expect(officer.Page.Locator("#notification-count")).ToHaveTextAsync("1");
        await officer.ScreenshotAsync("63-thong-bao-viec-moi");

        await using (var head = await browser.NewSessionAsync())
        {
            await head.SignInOnceAsync(Tenant, "truongphong", DemoAccounts.Password);
            await head.GotoAsync($"/{Tenant}/departure/{DemoAccounts.Officer}");
            var row = head.Page.Locator("#items tbody tr[data-item^='incoming:']");
            await row.Locator("select[name=to]").SelectOptionAsync("luutru");
            await row.GetByRole(AriaRole.Button, new() { Name = "Bàn giao" }).ClickAsync();
            await Assertions.Expect(row).ToHaveCountAsync(0);
            head.AssertOwnOriginOnlyAndNoErrors();
        }

        await officer.GotoAsync($"/{Tenant}/notifications");
        await Assertions.Expect(officer.Page.Locator("#notifications-empty")).ToBeVisibleAsync();
        await Assertions.Expect(officer.Page.Locator("#notification-count")).ToHaveCountAsync(0);
        await Assertions.Expect(officer.Page.Locator("main")).Not.ToContainTextAsync(number);
        officer.AssertOwnOriginOnlyAndNoErrors();

        await using var colleague = await browser.NewSessionAsync();
        await colleague.SignInOnceAsync(Tenant, "chuyenvien2", DemoAccounts.Password);
        await colleague.GotoAsync($"/{Tenant}/notifications");
        await Assertions.Expect(colleague.Page.Locator("#notifications-empty")).ToBeVisibleAsync();
        colleague.AssertOwnOriginOnlyAndNoErrors();
    }

    /// <summary>
    /// The person's list once the notice has come: it is written after the step's commit, by the outbox, so the list is
    /// opened again until it shows it (a bounded number of times).
    /// </summary>
    private static async Task<ILocator> NoticeAsync(BrowserSession session, string text)
    {
        var notice = session.Page.Locator("#notifications li", new() { HasText = text });
        for (var attempt = 0; attempt < 50 && await notice.CountAsync() == 0; attempt++)
        {
            await session.GotoAsync($"/{Tenant}/notifications");
            if (await notice.CountAsync() == 0)
                await Task.Delay(200);
        }
        await Assertions.Expect(notice).ToHaveCountAsync(1);
        return notice;
    }
}
