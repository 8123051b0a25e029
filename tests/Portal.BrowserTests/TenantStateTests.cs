namespace Portal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class TenantStateTests(PortalBrowser browser)
{
    private const string Question = "Vô hiệu hóa cơ quan này? Mọi người dùng của cơ quan sẽ không truy cập được.";

    [Fact]
    public async Task Disabling_a_tenant_asks_first_then_its_address_is_not_found_until_it_is_enabled_again()
    {
        var tenant = await browser.Server.CreateTenantAsync("xa-tam-dung");
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.SignInOnceAsync("", DemoAccounts.CentralAdmin, DemoAccounts.CentralAdminPassword);
        await session.GotoAsync("/admin/tenants/xa-tam-dung");
        var state = page.Locator(".facts .badge");
        await Assertions.Expect(state).ToHaveTextAsync("Đang hoạt động");

        var questions = new List<string>();
        void Decline(object? sender, IDialog dialog)
        {
            questions.Add(dialog.Message);
            _ = dialog.DismissAsync();
        }
        page.Dialog += Decline;
        await page.GetByRole(AriaRole.Button, new() { Name = "Vô hiệu hóa" }).ClickAsync();
        await Assertions.Expect(state).ToHaveTextAsync("Đang hoạt động");
        page.Dialog -= Decline;
        Assert.Equal([Question], questions);

        void Accept(object? sender, IDialog dialog)
        {
            questions.Add(dialog.Message);
            _ = dialog.AcceptAsync();
        }
        page.Dialog += Accept;
        await page.GetByRole(AriaRole.Button, new() { Name = "Vô hiệu hóa" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã vô hiệu hóa cơ quan.");
        page.Dialog -= Accept;
        Assert.Equal([Question, Question], questions);
        await Assertions.Expect(state).ToHaveTextAsync("Đã vô hiệu hóa");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cho hoạt động trở lại" })).ToBeVisibleAsync();

        await session.GotoNotFoundAsync("/xa-tam-dung/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Không tìm thấy" })).ToBeVisibleAsync();
        await session.ScreenshotAsync("10-khong-tim-thay");
        await session.GotoNotFoundAsync("/xa-tam-dung/account/login");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Không tìm thấy" })).ToBeVisibleAsync();

        await session.GotoAsync("/admin/tenants/xa-tam-dung");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cho hoạt động trở lại" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã cho cơ quan hoạt động trở lại.");
        await Assertions.Expect(state).ToHaveTextAsync("Đang hoạt động");

        await session.GotoAsync("/xa-tam-dung/");
        await page.WaitForURLAsync("**/xa-tam-dung/account/login**");
        await Assertions.Expect(page.Locator(".brand-tenant")).ToHaveTextAsync(tenant.DisplayName);
        session.AssertOwnOriginOnlyAndNoErrors();
    }
}
