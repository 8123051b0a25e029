using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

/// <summary>The whole path of an incoming Mật document in the browser: clerk → leader → handler; someone else finds nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IncomingDocumentTests(PortalBrowser browser)
{
    private const string Tenant = DemoAccounts.Department;

    [Fact]
    public async Task The_clerk_registers_a_Mat_document_with_its_scan_the_leader_directs_and_the_handler_completes_it()
    {
        var number = $"{Random.Shared.Next(100, 999)}/UBND-NC";
        string documentPath;
        await using (var clerk = await browser.NewSessionAsync())
        {
            var page = clerk.Page;
            await clerk.SignInAsync(Tenant, DemoAccounts.Clerk, DemoAccounts.Password);
            await Menu(page).GetByRole(AriaRole.Link, new() { Name = "Vào sổ văn bản đến" }).ClickAsync();
            await Assertions.Expect(page.GetByLabel("Cơ quan gửi (tác giả)")).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("Ủy ban nhân dân tỉnh Nghệ An");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync(number);
            await page.GetByLabel("Ngày tháng văn bản").FillAsync(DateTime.UtcNow.AddHours(7).AddDays(-1).ToString("yyyy-MM-dd"));
            await page.GetByLabel("Tên loại").FillAsync("Công văn");
            await page.GetByLabel("Trích yếu").FillAsync("V/v bảo đảm an toàn thông tin bí mật nhà nước dịp cuối năm");
            await page.GetByLabel("Độ khẩn").SelectOptionAsync("thuong-khan");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và mở văn bản" }).ClickAsync();

            await page.WaitForURLAsync(new Regex($"/{Tenant}/incoming/\\d+$"));
            documentPath = new Uri(page.Url).AbsolutePath;
            await Assertions.Expect(page.Locator("#marks .mark-classification")).ToHaveTextAsync("MẬT");
            await Assertions.Expect(page.Locator("#marks .mark-urgency")).ToHaveTextAsync("THƯỢNG KHẨN");
            await page.GetByLabel("Bản quét, PDF hoặc DOCX").SetInputFilesAsync(new FilePayload
            {
                Name = "Ban quet cong van.pdf", MimeType = "application/pdf",
                Buffer = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray(),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Đính kèm" }).ClickAsync();
            await Assertions.Expect(page.Locator("#attachments")).ToContainTextAsync("Ban quet cong van.pdf");
            await page.GetByLabel("Lãnh đạo cho ý kiến").SelectOptionAsync(DemoAccounts.Director);
            await page.GetByRole(AriaRole.Button, new() { Name = "Trình", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Chờ cho ý kiến");
            clerk.AssertOwnOriginOnlyAndNoErrors();
        }

        await using (var leader = await browser.NewSessionAsync())
        {
            var page = leader.Page;
            await leader.SignInAsync(Tenant, DemoAccounts.Director, DemoAccounts.Password);
            await Menu(page).GetByRole(AriaRole.Link, new() { Name = "Chờ cho ý kiến" }).ClickAsync();
            await page.Locator("#documents tr", new() { HasText = number }).GetByRole(AriaRole.Link).ClickAsync();
            await page.GetByLabel("Ý kiến chỉ đạo").FillAsync("Giao đồng chí Mai xử lý, báo cáo kết quả trước hạn.");
            await page.GetByLabel("Xử lý chính").SelectOptionAsync(DemoAccounts.Officer);
            await page.GetByRole(AriaRole.Button, new() { Name = "Giao xử lý" }).ClickAsync();
            await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Đã giao xử lý");
            leader.AssertOwnOriginOnlyAndNoErrors();
        }

        await using (var handler = await browser.NewSessionAsync())
        {
            var page = handler.Page;
            await handler.SignInAsync(Tenant, DemoAccounts.Officer, DemoAccounts.Password);
            await page.GotoAsync($"/{Tenant}/incoming/mine");
            await page.Locator("#documents tr", new() { HasText = number }).GetByRole(AriaRole.Link).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu xử lý" }).ClickAsync();
            await page.GetByLabel("Kết quả xử lý").FillAsync("Đã rà soát các máy tính soạn thảo tài liệu mật, báo cáo số 21/BC-TCCB.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành" }).ClickAsync();
            await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Đã xử lý");
            await Assertions.Expect(page.Locator("#timeline tbody tr")).ToHaveCountAsync(6);
            await handler.ScreenshotAsync("20-van-ban-den-da-xu-ly");
            handler.AssertOwnOriginOnlyAndNoErrors();
        }

        await using var stranger = await browser.NewSessionAsync();
        await stranger.SignInAsync(Tenant, "chuyenvien2", DemoAccounts.Password);
        await stranger.GotoAsync($"/{Tenant}/incoming/done");
        await Assertions.Expect(stranger.Page.Locator("#documents-empty")).ToBeVisibleAsync();
        await stranger.GotoNotFoundAsync(documentPath);
        stranger.AssertOwnOriginOnlyAndNoErrors();
    }

    private static ILocator Menu(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" });
}
