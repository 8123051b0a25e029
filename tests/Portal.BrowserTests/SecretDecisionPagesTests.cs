using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using System.Security.Cryptography;
using Portal.Access;
using Portal.Core.Backup;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Identity.Models;

namespace Portal.BrowserTests;

/// <summary>
/// The life of a Tối mật document in the browser: the head of the agency downgrades it on its line of the register and a
/// Mật-cleared officer on its access list can open it exactly then; declassifies it; destroys it, after which the
/// document shows only its record and neither its text nor its file's bytes lie anywhere in the data folder (a backup taken
/// before keeps the file only as ciphertext whose key is gone).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SecretDecisionPagesTests(PortalBrowser browser)
{
    private const string Tenant = DemoAccounts.Department;

    [Fact]
    public async Task The_head_downgrades_declassifies_and_destroys_a_Toi_mat_document_and_its_page_follows_each_decision()
    {
        var number = $"{Random.Shared.Next(100, 999)}/BQP-TM";
        var marker = "Dauvet" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        var fileMarker = "Tepvet" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        string documentPath;
        await using (var clerk = await browser.NewSessionAsync())
        {
            var page = clerk.Page;
            await clerk.SignInAsync(Tenant, DemoAccounts.Clerk, DemoAccounts.Password);
            await IncomingForm.OpenAsync(page, Tenant, "Bộ Quốc phòng", number);
            await page.GetByLabel("Tên loại").FillAsync("Công văn");
            await page.GetByLabel("Trích yếu").FillAsync($"V/v phương án bảo vệ mục tiêu trọng yếu {marker}");
            await page.GetByLabel("Độ mật").SelectOptionAsync("toi-mat");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và mở văn bản" }).ClickAsync();
            await page.WaitForURLAsync(new Regex($"/{Tenant}/incoming/\\d+$"));
            documentPath = new Uri(page.Url).AbsolutePath;
            await page.GetByLabel("Bản quét, PDF hoặc DOCX").SetInputFilesAsync(new FilePayload
            {
                Name = "Phuong-an.pdf", MimeType = "application/pdf", Buffer = TextPdf.Of(1, fileMarker),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Đính kèm" }).ClickAsync();
            await Assertions.Expect(page.Locator("#attachments")).ToContainTextAsync("Phuong-an.pdf");
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
        // Found by its text before (the index is fed through the outbox, whose turn is taken here rather than waited for); a
        // backup is taken before the destruction.
        await DispatchAsync();
        await headPage.GotoAsync($"/{Tenant}/search?q={marker}");
        await Assertions.Expect(headPage.Locator("#total")).ToHaveAttributeAsync("data-total", "1");
        Assert.NotEmpty(DataScan.Holding(browser.Server.DataFolder, marker));
        var backup = Path.Combine(browser.Server.DataFolder, $"sao-luu-{Guid.NewGuid():N}.zip");
        await browser.Server.Get<TenantBackup>().BackupAsync(Tenant, backup, CancellationToken.None);
        await headPage.GotoAsync($"/{Tenant}/secrets/incoming/{documentId}");
        await DecideAsync(headPage, "tieu-huy", "27/QĐ-SNV", "Hết giá trị sử dụng, tiêu hủy theo kế hoạch");
        await Assertions.Expect(headPage.Locator("#entry-status")).ToHaveTextAsync("Đã tiêu hủy");
        await Assertions.Expect(headPage.Locator("#decisions tr.decision")).ToHaveCountAsync(3);
        await Assertions.Expect(headPage.Locator("#decision-form")).ToHaveCountAsync(0);

        await officer.GotoAsync(documentPath);
        await Assertions.Expect(officer.Page.Locator("#destroyed")).ToContainTextAsync("Đã tiêu hủy");
        await Assertions.Expect(officer.Page.Locator("body")).Not.ToContainTextAsync("phương án bảo vệ");
        await DispatchAsync();
        var remains = DataScan.Remains(browser.Server, backup, marker, fileMarker);
        Assert.True(remains.Count == 0, string.Join("\n", remains));
        await headPage.GotoAsync($"/{Tenant}/search?q={marker}");
        await Assertions.Expect(headPage.Locator("#total")).ToHaveAttributeAsync("data-total", "0");
        await officer.GotoAsync($"/{Tenant}/secrets?status=da-tieu-huy");
        await Assertions.Expect(officer.Page.Locator($"#register tr[data-id='{documentId}'] .status")).ToHaveTextAsync("Đã tiêu hủy");
        officer.AssertOwnOriginOnlyAndNoErrors();
        head.AssertOwnOriginOnlyAndNoErrors();
    }

    private async Task DispatchAsync() =>
        await browser.Server.Get<OutboxDispatcher>().DispatchAsync((await browser.Server.Get<TenantHost>().ActivateAsync(Tenant))!, CancellationToken.None);

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
