namespace Portal.BrowserTests;

/// <summary>
/// The central office's admin merges two agencies in the browser: the plan first (what moves, the conflicts), then the
/// approval asked for once more, the progress, the end; the merged agency is left as a read-only archive.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReorganisationPageTests(PortalBrowser browser)
{
    private const string SourceA = "xa-sap-nhap-a";
    private const string SourceB = "xa-sap-nhap-b";
    private const string Target = "xa-sap-nhap-moi";

    [Fact]
    public async Task The_admin_plans_approves_and_follows_a_merge_to_its_end()
    {
        foreach (var name in new[] { SourceA, SourceB, Target })
            await browser.Server.CreateTenantAsync(name, "demo");
        var errors = new List<string>();
        Assert.Equal(12, await new RegistrationSeed(browser.Server, SourceA).RunAsync(12, errors));
        Assert.Empty(errors);

        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.SignInOnceAsync("", DemoAccounts.CentralAdmin, DemoAccounts.CentralAdminPassword);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" })
            .GetByRole(AriaRole.Link, new() { Name = "Sáp nhập, chia tách cơ quan" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/reorganisations");
        var form = page.Locator("form#merge");
        await form.GetByLabel("Các cơ quan được sáp nhập").FillAsync($"{SourceA},{SourceB}");
        await form.GetByLabel("Cơ quan nhận").FillAsync(Target);
        await form.GetByRole(AriaRole.Button, new() { Name = "Lập kế hoạch" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Sáp nhập vào {Target}", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("Chờ phê duyệt");
        await Assertions.Expect(page.Locator($"#plan tr[data-source='{SourceA}'][data-kind='incoming'] .rows")).ToHaveTextAsync("12");
        await Assertions.Expect(page.Locator($"#plan tr[data-source='{SourceA}'][data-kind='copy-log'] td").Nth(1)).ToHaveTextAsync("Sổ quản lý sao, chụp");
        // Every demo agency has a clerk named vanthu: the plan says so before anything moves.
        await Assertions.Expect(page.Locator("#conflicts")).ToContainTextAsync(DemoAccounts.Clerk);
        await session.ScreenshotAsync("30-ke-hoach-sap-nhap");

        var questions = new List<string>();
        void Accept(object? sender, IDialog dialog)
        {
            questions.Add(dialog.Message);
            _ = dialog.AcceptAsync();
        }
        page.Dialog += Accept;
        await page.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã phê duyệt");
        page.Dialog -= Accept;
        Assert.Single(questions);
        // The page refreshes itself while the merge runs.
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("Hoàn thành", new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator($"#plan tr[data-source='{SourceA}'][data-kind='incoming'] .moved")).ToHaveTextAsync("12 (xong)");
        await session.ScreenshotAsync("31-sap-nhap-xong");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sáp nhập, chia tách cơ quan" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("#reorganisations tbody tr", new() { HasText = Target })).ToContainTextAsync("Hoàn thành");
        await session.GotoAsync($"/admin/tenants/{SourceA}");
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("Lưu trữ chỉ đọc");
        session.AssertOwnOriginOnlyAndNoErrors();
    }
}
