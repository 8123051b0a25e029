using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

/// <summary>
/// The director marks an absence naming the deputy director (KT.); a document the clerk submits to the director
/// reaches the deputy for direction, and a draft sent for the director's signature shows the deputy's signature block
/// "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC". The absence is cancelled at the end, as the demo agency is shared by every test.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DelegationTests(PortalBrowser browser)
{
    private const string Tenant = DemoAccounts.Department;
    private const string Deputy = "phogiamdoc";

    [Fact]
    public async Task A_leaders_absence_routes_a_new_direction_to_the_deputy_whose_signature_block_reads_KT()
    {
        await using var director = await browser.NewSessionAsync();
        await director.SignInOnceAsync(Tenant, DemoAccounts.Director, DemoAccounts.Password);
        await Menu(director.Page).GetByRole(AriaRole.Link, new() { Name = "Vắng mặt và ủy quyền" }).ClickAsync();
        var today = DateTime.UtcNow.AddHours(7);
        await director.Page.GetByLabel("Đến ngày").FillAsync(today.AddDays(2).ToString("yyyy-MM-dd"));
        await director.Page.GetByLabel("Người thay").SelectOptionAsync(Deputy);
        await director.Page.GetByLabel("Hình thức").SelectOptionAsync("SignsFor");
        await director.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký vắng mặt" }).ClickAsync();
        var row = director.Page.Locator("#absences tbody tr", new() { HasText = "Đang có hiệu lực" });
        await Assertions.Expect(row.Locator(".authority")).ToHaveTextAsync("KT. GIÁM ĐỐC");
        await director.ScreenshotAsync("60-vang-mat-uy-quyen");
        try
        {
            var number = $"{Random.Shared.Next(100, 999)}/UBND-VP";
            await using (var clerk = await browser.NewSessionAsync())
            {
                await clerk.SignInOnceAsync(Tenant, DemoAccounts.Clerk, DemoAccounts.Password);
                await IncomingForm.OpenAsync(clerk.Page, Tenant, "Ủy ban nhân dân tỉnh Nghệ An", number);
                await clerk.Page.GetByLabel("Tên loại").FillAsync("Công văn");
                await clerk.Page.GetByLabel("Trích yếu").FillAsync("V/v kiểm tra công tác bảo vệ bí mật nhà nước");
                await clerk.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu và mở văn bản" }).ClickAsync();
                await clerk.Page.WaitForURLAsync(new Regex($"/{Tenant}/incoming/\\d+$"));
                await clerk.Page.GetByLabel("Lãnh đạo cho ý kiến").SelectOptionAsync(DemoAccounts.Director);
                await clerk.Page.GetByRole(AriaRole.Button, new() { Name = "Trình", Exact = true }).ClickAsync();
                await Assertions.Expect(clerk.Page.Locator("#timeline")).ToContainTextAsync("(KT.) thay Hoàng Văn Minh vắng mặt");
                clerk.AssertOwnOriginOnlyAndNoErrors();
            }
            string draftPath;
            await using (var officer = await browser.NewSessionAsync())
            {
                await officer.SignInOnceAsync(Tenant, DemoAccounts.Officer, DemoAccounts.Password);
                await officer.GotoAsync($"/{Tenant}/outgoing/new");
                await officer.Page.GetByLabel("Loại văn bản").SelectOptionAsync("cong-van");
                await officer.Page.GetByLabel("Trích yếu").FillAsync("V/v báo cáo công tác bảo vệ bí mật nhà nước");
                await officer.Page.GetByLabel("Nội dung").FillAsync("Sở Nội vụ báo cáo kết quả công tác bảo vệ bí mật nhà nước.");
                await officer.Page.GetByLabel("Nơi nhận").FillAsync("Ủy ban nhân dân tỉnh");
                await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Tạo dự thảo" }).ClickAsync();
                await officer.Page.WaitForURLAsync(new Regex($"/{Tenant}/outgoing/\\d+$"));
                draftPath = new Uri(officer.Page.Url).AbsolutePath;
                await officer.Page.GetByLabel("Trình lãnh đạo đơn vị").SelectOptionAsync("truongphong");
                await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Trình", Exact = true }).ClickAsync();
                await Assertions.Expect(officer.Page.Locator("#status")).ToHaveTextAsync("Chờ lãnh đạo đơn vị duyệt");
            }
            await StepAsync("truongphong", draftPath, OutgoingSteps.ApproveAsync);
            await StepAsync(DemoAccounts.Clerk, draftPath, OutgoingSteps.CheckForTheDirectorAsync);

            await using var deputy = await browser.NewSessionAsync();
            await deputy.SignInOnceAsync(Tenant, Deputy, DemoAccounts.Password);
            await Menu(deputy.Page).GetByRole(AriaRole.Link, new() { Name = "Chờ cho ý kiến" }).ClickAsync();
            await Assertions.Expect(deputy.Page.Locator("#documents tr", new() { HasText = number })).ToHaveCountAsync(1);
            await deputy.GotoAsync(draftPath);
            await Assertions.Expect(deputy.Page.Locator("#preview .quyen-han")).ToHaveTextAsync("KT. GIÁM ĐỐC");
            await Assertions.Expect(deputy.Page.Locator("#preview .chuc-vu")).ToHaveTextAsync("PHÓ GIÁM ĐỐC");
            await Assertions.Expect(deputy.Page.Locator("#preview .nguoi-ky")).ToHaveTextAsync("Nguyễn Thị Hồng Nhung");
            await deputy.ScreenshotAsync("61-ky-thay-khoi-chu-ky");
            deputy.AssertOwnOriginOnlyAndNoErrors();
        }
        finally
        {
            await director.GotoAsync($"/{Tenant}/absence");
            await director.Page.Locator("#absences tbody tr", new() { HasText = "Đang có hiệu lực" })
                .GetByRole(AriaRole.Button, new() { Name = "Hủy" }).ClickAsync();
            await Assertions.Expect(director.Page.Locator("#absences")).Not.ToContainTextAsync("Đang có hiệu lực");
        }
        director.AssertOwnOriginOnlyAndNoErrors();
    }

    private async Task StepAsync(string userName, string documentPath, Func<IPage, Task> step)
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignInOnceAsync(Tenant, userName, DemoAccounts.Password);
        await session.GotoAsync(documentPath);
        await step(session.Page);
        session.AssertOwnOriginOnlyAndNoErrors();
    }

    private static ILocator Menu(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" });
}
