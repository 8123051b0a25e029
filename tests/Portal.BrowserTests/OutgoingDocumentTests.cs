using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

/// <summary>
/// The whole path of an outgoing Mật công văn in the browser: the officer drafts it, the unit leader
/// approves, the clerk checks the format, the director signs with the fresh one-time code of his sign-in (step-up), the clerk
/// numbers and issues it; someone outside the flow finds nothing at its address.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OutgoingDocumentTests(PortalBrowser browser)
{
    private const string Tenant = DemoAccounts.Department;

    /// <summary>Signing and issuing render and sign a PDF before the page comes back: on a loaded machine that outlasts the default 15 s.</summary>
    private const float ServerWork = 90_000;

    [Fact]
    public async Task An_officer_drafts_a_Mat_cong_van_and_it_is_approved_checked_signed_after_step_up_and_issued()
    {
        var subject = $"V/v kiểm tra công tác bảo vệ bí mật nhà nước đợt {Random.Shared.Next(100, 999)}";
        string documentPath;
        await using (var officer = await browser.NewSessionAsync())
        {
            var page = officer.Page;
            await officer.SignInAsync(Tenant, DemoAccounts.Officer, DemoAccounts.Password);
            await Menu(page).GetByRole(AriaRole.Link, new() { Name = "Soạn dự thảo" }).ClickAsync();
            await page.GetByLabel("Loại văn bản").SelectOptionAsync("cong-van");
            await page.GetByLabel("Trích yếu").FillAsync(subject);
            await page.GetByLabel("Nội dung").FillAsync("Sở Nội vụ đề nghị các phòng tự kiểm tra công tác bảo vệ bí mật nhà nước.\n\nBáo cáo kết quả trước ngày 20 tháng 12.");
            await page.GetByLabel("Độ khẩn đề xuất").SelectOptionAsync("Khẩn");
            await page.GetByLabel("Nơi nhận").FillAsync("Các phòng thuộc Sở\nGiám đốc Sở (để báo cáo)");
            await page.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();
            await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync(subject);
            await Assertions.Expect(page.Locator("#preview .dau-khan")).ToHaveTextAsync("KHẨN");
            await Assertions.Expect(page.GetByLabel("Trích yếu")).ToHaveValueAsync(subject);
            await officer.ScreenshotAsync("29-van-ban-di-xem-truoc");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tạo dự thảo" }).ClickAsync();
            await page.WaitForURLAsync(new Regex($"/{Tenant}/outgoing/\\d+$"));
            documentPath = new Uri(page.Url).AbsolutePath;
            await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            await Assertions.Expect(page.Locator("#preview .dau-do-mat")).ToHaveTextAsync("MẬT");
            await page.GetByLabel("Trình lãnh đạo đơn vị").SelectOptionAsync("truongphong");
            await page.GetByRole(AriaRole.Button, new() { Name = "Trình", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Chờ lãnh đạo đơn vị duyệt");
            await officer.ScreenshotAsync("30-van-ban-di-du-thao");
            officer.AssertOwnOriginOnlyAndNoErrors();
        }

        await StepAsync("truongphong", documentPath, OutgoingSteps.ApproveAsync);
        await StepAsync(DemoAccounts.Clerk, documentPath, OutgoingSteps.CheckForTheDirectorAsync);
        await using (var director = await browser.NewSessionAsync())
        {
            var page = director.Page;
            await director.SignInAsync(Tenant, DemoAccounts.Director, DemoAccounts.Password);
            await director.GotoAsync(documentPath);
            // The one-time code of this sign-in is the step-up: fresh, so the page offers "Ký số" at once.
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Xác thực để ký số" })).ToHaveCountAsync(0);
            await page.GetByRole(AriaRole.Button, new() { Name = "Ký số" }).ClickAsync(new() { Timeout = ServerWork });
            await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Đã ký, chờ phát hành", new() { Timeout = ServerWork });
            director.AssertOwnOriginOnlyAndNoErrors();
        }
        await StepAsync(DemoAccounts.Clerk, documentPath, async page =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Cấp số và phát hành" }).ClickAsync(new() { Timeout = ServerWork });
            await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Đã phát hành", new() { Timeout = ServerWork });
            await Assertions.Expect(page.Locator("#number")).ToHaveTextAsync(new Regex(@"^\d{2,}/SNV-VP$"));
            await Assertions.Expect(page.Locator("#timeline li")).ToHaveCountAsync(6);
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Tải tệp PDF bản gốc" }).ClickAsync());
            await using var pdf = await download.CreateReadStreamAsync();
            var head = new byte[5];
            await pdf.ReadExactlyAsync(head);
            Assert.Equal("%PDF-"u8.ToArray(), head);
        });

        await using var stranger = await browser.NewSessionAsync();
        await stranger.SignInAsync(Tenant, "chuyenvien2", DemoAccounts.Password);
        await stranger.GotoAsync($"/{Tenant}/outgoing");
        await Assertions.Expect(stranger.Page.Locator("#documents tr", new() { HasText = subject })).ToHaveCountAsync(0);
        await stranger.GotoNotFoundAsync(documentPath);
        stranger.AssertOwnOriginOnlyAndNoErrors();
    }

    private async Task StepAsync(string userName, string documentPath, Func<IPage, Task> step)
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignInAsync(Tenant, userName, DemoAccounts.Password);
        await session.GotoAsync($"/{Tenant}/outgoing");
        await session.Page.Locator($"#documents a[href$='{documentPath}']").ClickAsync();
        await step(session.Page);
        await session.ScreenshotAsync($"31-van-ban-di-{userName}");
        session.AssertOwnOriginOnlyAndNoErrors();
    }

    private static ILocator Menu(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" });
}
