using System.Text.RegularExpressions;
using Portal.Testing.Guides;

namespace Portal.BrowserTests;

/// <summary>
/// The pictures of docs/guides/ taken again on every run, so they show the pages as the code draws them today. The
/// demo agency's people first do the everyday work the guides describe (the clerk registers and submits, the director
/// directs, the officer drafts, the unit head and the clerk pass a draft on for signature), so the lists in the pictures
/// are not empty; then each guide is walked as its demo account, page after page in the guide's order, and every page
/// the guide illustrates is written to docs/guides/images/ under the name the guide uses.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GuideScreenshotsTests(PortalBrowser browser)
{
    private const string Tenant = DemoAccounts.Department;
    private const string UnitHead = "truongphong";
    private const string Deputy = "phogiamdoc";

    [Fact]
    public async Task Every_guide_is_walked_as_its_account_and_its_pictures_taken_again()
    {
        await DoTheDaysWorkAsync();
        var images = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Guides, "images")).FullName;
        foreach (var guide in UserGuide.All())
        {
            await using var session = await browser.NewSessionAsync();
            await session.SignInOnceAsync(guide.Tenant, guide.UserName, guide.Password);
            foreach (var page in guide.Pages)
            {
                var response = await session.GotoAsync(page.Path);
                Assert.True(response?.Status == 200, $"{guide}: {page.Path} answered {response?.Status} to {guide.UserName}.");
                await Assertions.Expect(session.Page).ToHaveTitleAsync(new Regex("^" + Regex.Escape(page.Title)));
                if (page.Screenshot is { } image)
                    await session.ScreenshotToAsync(Path.Combine(images, image));
            }
            session.AssertOwnOriginOnlyAndNoErrors();
        }
    }

    /// <summary>
    /// A document awaiting the director's direction, one directed to the officer and one to the unit head; a draft
    /// awaiting the unit head's approval and one awaiting the deputy director's signature.
    /// </summary>
    private async Task DoTheDaysWorkAsync()
    {
        await using var clerk = await SignedInAsync(DemoAccounts.Clerk);
        await RegisterAndSubmitAsync(clerk, "215/UBND-NC", "V/v rà soát tiêu chuẩn cán bộ diện quy hoạch năm 2027");
        var toOfficer = await RegisterAndSubmitAsync(clerk, "216/UBND-VX", "V/v kiểm tra công tác bảo vệ bí mật nhà nước quý IV");
        var toUnitHead = await RegisterAndSubmitAsync(clerk, "88/BNV-TCCB", "V/v báo cáo số lượng biên chế công chức năm 2026");

        await using (var director = await SignedInAsync(DemoAccounts.Director))
        {
            await DirectAsync(director, toOfficer, DemoAccounts.Officer, "Giao phòng Tổ chức cán bộ chủ trì, báo cáo trước ngày 20.");
            await DirectAsync(director, toUnitHead, UnitHead, "Phòng Tổ chức cán bộ tổng hợp, trình trước ngày 25.");
            director.AssertOwnOriginOnlyAndNoErrors();
        }

        string forSignature;
        await using (var officer = await SignedInAsync(DemoAccounts.Officer))
        {
            await DraftAndSubmitAsync(officer, "V/v đề nghị thẩm định đề án vị trí việc làm");
            forSignature = await DraftAndSubmitAsync(officer, "V/v báo cáo kết quả rà soát tài liệu mật năm 2026");
            officer.AssertOwnOriginOnlyAndNoErrors();
        }
        await using (var unitHead = await SignedInAsync(UnitHead))
        {
            await unitHead.GotoAsync(forSignature);
            await OutgoingSteps.ApproveAsync(unitHead.Page);
            unitHead.AssertOwnOriginOnlyAndNoErrors();
        }
        await clerk.GotoAsync(forSignature);
        await OutgoingSteps.CheckAsync(clerk.Page, Deputy, "Phó Giám đốc");
        clerk.AssertOwnOriginOnlyAndNoErrors();
    }

    private async Task<BrowserSession> SignedInAsync(string userName)
    {
        var session = await browser.NewSessionAsync();
        await session.SignInOnceAsync(Tenant, userName, DemoAccounts.Password);
        return session;
    }

    /// <summary>Registers a paper document from the province and submits it to the director; returns its page's path.</summary>
    private static async Task<string> RegisterAndSubmitAsync(BrowserSession clerk, string number, string subject)
    {
        await IncomingForm.OpenAsync(clerk.Page, Tenant, "Ủy ban nhân dân tỉnh Nghệ An", number);
        await clerk.Page.GetByLabel("Tên loại").FillAsync("Công văn");
        await clerk.Page.GetByLabel("Trích yếu").FillAsync(subject);
        await clerk.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu và mở văn bản" }).ClickAsync();
        await clerk.Page.WaitForURLAsync(new Regex($"/{Tenant}/incoming/\\d+$"));
        var path = new Uri(clerk.Page.Url).AbsolutePath;
        await clerk.Page.GetByLabel("Lãnh đạo cho ý kiến").SelectOptionAsync(DemoAccounts.Director);
        await clerk.Page.GetByRole(AriaRole.Button, new() { Name = "Trình", Exact = true }).ClickAsync();
        await Assertions.Expect(clerk.Page.Locator("#status")).ToHaveTextAsync("Chờ cho ý kiến");
        return path;
    }

    private static async Task DirectAsync(BrowserSession director, string path, string lead, string direction)
    {
        await director.GotoAsync(path);
        await director.Page.GetByLabel("Ý kiến chỉ đạo").FillAsync(direction);
        await director.Page.GetByLabel("Xử lý chính").SelectOptionAsync(lead);
        await director.Page.GetByRole(AriaRole.Button, new() { Name = "Giao xử lý" }).ClickAsync();
        await Assertions.Expect(director.Page.Locator("#status")).ToHaveTextAsync("Đã giao xử lý");
    }

    /// <summary>A draft written on the drafting page and submitted to the unit head; returns its page's path.</summary>
    private static async Task<string> DraftAndSubmitAsync(BrowserSession officer, string subject)
    {
        await officer.GotoAsync($"/{Tenant}/outgoing/new");
        await officer.Page.GetByLabel("Loại văn bản").SelectOptionAsync("cong-van");
        await officer.Page.GetByLabel("Trích yếu").FillAsync(subject);
        await officer.Page.GetByLabel("Nội dung").FillAsync("Sở Nội vụ báo cáo như sau.\n\nĐề nghị Ủy ban nhân dân tỉnh xem xét.");
        await officer.Page.GetByLabel("Nơi nhận").FillAsync("Ủy ban nhân dân tỉnh");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Tạo dự thảo" }).ClickAsync();
        await officer.Page.WaitForURLAsync(new Regex($"/{Tenant}/outgoing/\\d+$"));
        var path = new Uri(officer.Page.Url).AbsolutePath;
        await officer.Page.GetByLabel("Trình lãnh đạo đơn vị").SelectOptionAsync(UnitHead);
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Trình", Exact = true }).ClickAsync();
        await Assertions.Expect(officer.Page.Locator("#status")).ToHaveTextAsync("Chờ lãnh đạo đơn vị duyệt");
        return path;
    }
}
