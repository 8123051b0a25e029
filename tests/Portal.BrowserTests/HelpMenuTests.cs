namespace Portal.BrowserTests;

/// <summary>
/// The help menu in the browser: from any page the clerk opens "Trợ giúp" and her own guide, rendered by Portal with its
/// screenshots loaded from the same origin; and the choice of notices shows each kind with its two channels.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HelpMenuTests(PortalBrowser browser)
{
    private const string Tenant = DemoAccounts.Department;

    [Fact]
    public async Task The_help_menu_opens_the_clerks_guide_with_its_screenshots()
    {
        await using var clerk = await browser.NewSessionAsync();
        await clerk.SignInOnceAsync(Tenant, DemoAccounts.Clerk, DemoAccounts.Password);
        await clerk.GotoAsync($"/{Tenant}/incoming/new");
        await clerk.Page.Locator("#help-menu summary").ClickAsync();
        await clerk.Page.GetByRole(AriaRole.Link, new() { Name = "Hướng dẫn cho văn thư" }).ClickAsync();

        await clerk.Page.WaitForURLAsync($"**/{Tenant}/guides/van-thu");
        await Assertions.Expect(clerk.Page.Locator("h1")).ToHaveTextAsync("Hướng dẫn cho văn thư");
        var images = clerk.Page.Locator("#guide img");
        Assert.True(await images.CountAsync() > 0);
        await images.Last.ScrollIntoViewIfNeededAsync();
        foreach (var image in await images.AllAsync())
        {
            await image.ScrollIntoViewIfNeededAsync();
            await Assertions.Expect(image).ToHaveJSPropertyAsync("complete", true);
            Assert.True(await image.EvaluateAsync<int>("i => i.naturalWidth") > 0, $"{await image.GetAttributeAsync("src")} did not load.");
        }
        clerk.AssertOwnOriginOnlyAndNoErrors();
    }

    [Fact]
    public async Task Each_kind_of_notice_is_chosen_in_Portal_and_by_mail_and_the_mail_once_a_day()
    {
        await using var officer = await browser.NewSessionAsync();
        await officer.SignInOnceAsync(Tenant, DemoAccounts.Officer, DemoAccounts.Password);
        await officer.GotoAsync($"/{Tenant}/notifications/settings");
        var row = officer.Page.Locator("#notification-settings tr[data-kind='new-work']");
        var mail = row.GetByRole(AriaRole.Checkbox, new() { Name = "Việc mới được giao — qua thư điện tử" });
        await Assertions.Expect(mail).ToBeCheckedAsync();
        await mail.UncheckAsync();
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await Assertions.Expect(mail).Not.ToBeCheckedAsync();
        await Assertions.Expect(row.GetByRole(AriaRole.Checkbox, new() { Name = "Việc mới được giao — trong Portal" })).ToBeCheckedAsync();
        await mail.CheckAsync();
        var daily = officer.Page.GetByRole(AriaRole.Radio, new() { Name = "Một thư tóm tắt mỗi ngày làm việc, đầu giờ làm việc" });
        await Assertions.Expect(daily).Not.ToBeCheckedAsync();
        await daily.CheckAsync();
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(mail).ToBeCheckedAsync();
        await Assertions.Expect(daily).ToBeCheckedAsync();
        await officer.Page.GetByRole(AriaRole.Radio, new() { Name = "Mỗi thông báo một thư" }).CheckAsync();
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(daily).Not.ToBeCheckedAsync();
        officer.AssertOwnOriginOnlyAndNoErrors();
    }
}
