using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Core.Tenancy;
using Portal.Identity.Models;

namespace Portal.BrowserTests;

/// <summary>
/// The life of a Tối mật document in the browser: the head of the agency downgrades it on its line of the register and a
/// Mật-cleared officer on its access list can open it exactly then; declassifies it; destroys it, after which the
/// document shows only its record.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SecretDecisionPagesTests(PortalBrowser browser)
{
    private const string Tenant = DemoAccounts.Department;

    [Fact]
    public async Task The_head_downgrades_declassifies_and_destroys_a_Toi_mat_document_and_its_page_follows_each_decision()
    {
        var number = $"{Random.Shared.Next(100, 999)}/BQP-TM";
        string documentPath;
        await using (var clerk = await browser.NewSessionAsync())
        {
            var page = clerk.Page;
            await clerk.SignInAsync(Tenant, DemoAccounts.Clerk, DemoAccounts.Password);
            await IncomingForm.OpenAsync(page, Tenant, "Bộ Quốc phòng", number);
            await page.GetByLabel("Tên loại").FillAsync("Công văn");
            await page.GetByLabel("Trích yếu").FillAsync("V/v phương án bảo vệ mục tiêu trọng yếu");
            await page.GetByLabel("Độ mật").SelectOptionAsync("toi-mat");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và mở văn bản" }).ClickAsync();
            await page.WaitForURLAsync(new Regex($"/{Tenant}/incoming/\\d+$"));
            documentPath = new Uri(page.Url).AbsolutePath;
            await page.GetByLabel("Lãnh đạo cho ý kiến").SelectOptionAsync(DemoAccounts.Director);
            await page.GetByRole(AriaRole.Button, new() { Name = "Trình", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Chờ cho ý kiến");
        }
        var documentId = documentPath.Split('/').Last();
        await GrantAsync(documentId, DemoAccounts.Officer);

        await using var officer = await browser.NewSessionAsync();
        await officer.SignInAsync(Tenant, DemoAccounts.Officer, DemoAccounts.Password);
        await officer.GotoNotFoundAsync(documentPath);

        await using var head = await browser.NewSessionAsync();
        var headPage = head.Page;
        await head.SignInAsync(Tenant, DemoAccounts.Director, DemoAccounts.Password);
        await headPage.GotoAsync(documentPath);
        await headPage.Locator("#secret-entry").ClickAsync();
        await DecideAsync(headPage, "giam-mat", "25/QĐ-SNV", "Nội dung không còn ở mức Tối mật theo danh mục mới");
        await Assertions.Expect(headPage.Locator("#entry-level")).ToHaveTextAsync("Mật");

        await officer.GotoAsync(documentPath);
        await Assertions.Expect(officer.Page.Locator("#marks .mark-classification")).ToHaveTextAsync("MẬT");

        await DecideAsync(headPage, "giai-mat", "26/QĐ-SNV", "Không còn là bí mật nhà nước");
        await Assertions.Expect(headPage.Locator("#entry-status")).ToHaveTextAsync("Đã giải mật");
        await DecideAsync(headPage, "tieu-huy", "27/QĐ-SNV", "Hết giá trị sử dụng, tiêu hủy theo kế hoạch");
        await Assertions.Expect(headPage.Locator("#entry-status")).ToHaveTextAsync("Đã tiêu hủy");
        await Assertions.Expect(headPage.Locator("#decisions tr.decision")).ToHaveCountAsync(3);
        await Assertions.Expect(headPage.Locator("#decision-form")).ToHaveCountAsync(0);

        await officer.GotoAsync(documentPath);
        await Assertions.Expect(officer.Page.Locator("#destroyed")).ToContainTextAsync("Đã tiêu hủy");
        await Assertions.Expect(officer.Page.Locator("body")).Not.ToContainTextAsync("phương án bảo vệ");
        await officer.GotoAsync($"/{Tenant}/secrets?status=da-tieu-huy");
        await Assertions.Expect(officer.Page.Locator($"#register tr[data-id='{documentId}'] .status")).ToHaveTextAsync("Đã tiêu hủy");
        officer.AssertOwnOriginOnlyAndNoErrors();
        head.AssertOwnOriginOnlyAndNoErrors();
    }

    private static async Task DecideAsync(IPage page, string action, string decisionNumber, string reason)
    {
        await page.GetByLabel("Quyết định", new() { Exact = true }).SelectOptionAsync(action);
        await page.GetByLabel("Số, ký hiệu văn bản quyết định").FillAsync(decisionNumber);
        await page.GetByLabel("Lý do").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi quyết định" }).ClickAsync();
        await Assertions.Expect(page.Locator("#decisions")).ToContainTextAsync(decisionNumber);
    }

    /// <summary>Puts the person on the document's access list by a recorded grant, as a leader's "phối hợp" does.</summary>
    private async Task GrantAsync(string documentId, string userName)
    {
        var host = browser.Server.Get<TenantHost>();
        await host.RunAsync((await host.ActivateAsync(Tenant))!, async s =>
        {
            var users = s.GetRequiredService<UserManager<PortalUser>>();
            var grantee = (await users.FindByNameAsync(userName))!.Id;
            var grantor = (await users.FindByNameAsync(DemoAccounts.Director))!.Id;
            await s.GetRequiredService<IAccessList>().AddAsync(new AccessEntrySpec(new ResourceRef("incoming", documentId), grantee,
                AccessPosition.Grant, "Phối hợp rà soát theo kế hoạch", grantor));
            return true;
        });
    }
}
