using System.Text.RegularExpressions;

namespace Portal.BrowserTests;

/// <summary>An envelope marked "Chỉ người có tên mới được bóc bì": the clerk registers it from its outside only; the named person alone opens it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SealedEnvelopeTests(PortalBrowser browser)
{
    private const string Tenant = DemoAccounts.Department;
    private const string Addressee = "truongphong";

    [Fact]
    public async Task The_clerk_registers_a_sealed_envelope_from_its_outside_and_only_the_named_person_opens_it()
    {
        var number = $"{Random.Shared.Next(100, 999)}/BCA-A03";
        await using (var clerk = await browser.NewSessionAsync())
        {
            var page = clerk.Page;
            await clerk.SignInAsync(Tenant, DemoAccounts.Clerk, DemoAccounts.Password);
            await IncomingForm.OpenAsync(page, Tenant, "Bộ Công an", number);
            await page.Locator("#AddresseeOnly").CheckAsync();
            await page.GetByLabel("Người có tên trên bì").SelectOptionAsync(Addressee);
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và mở văn bản" }).ClickAsync();

            // The clerk may not open it: the form comes back with where the envelope went, not a page that answers 404.
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Bì chuyển Đặng Quốc Huy");
            await page.GotoAsync($"/{Tenant}/incoming/register");
            await Assertions.Expect(page.Locator("#register")).ToContainTextAsync("Chỉ người có tên mới được bóc bì: Đặng Quốc Huy");
            clerk.AssertOwnOriginOnlyAndNoErrors();
        }

        string documentPath;
        await using (var addressee = await browser.NewSessionAsync())
        {
            var page = addressee.Page;
            await addressee.SignInAsync(Tenant, Addressee, DemoAccounts.Password);
            await page.GotoAsync($"/{Tenant}/incoming/mine");
            await page.Locator("#documents tr", new() { HasText = number }).GetByRole(AriaRole.Link).ClickAsync();
            await page.WaitForURLAsync(new Regex($"/{Tenant}/incoming/\\d+$"));
            documentPath = new Uri(page.Url).AbsolutePath;
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bì gửi Đặng Quốc Huy");
            await addressee.ScreenshotAsync("22-bi-chi-nguoi-co-ten");
            addressee.AssertOwnOriginOnlyAndNoErrors();
        }

        foreach (var other in new[] { DemoAccounts.Clerk, DemoAccounts.Director })
        {
            await using var session = await browser.NewSessionAsync();
            await session.SignInAsync(Tenant, other, DemoAccounts.Password);
            await session.GotoAsync($"/{Tenant}/incoming/mine");
            await Assertions.Expect(session.Page.Locator("#documents tr", new() { HasText = number })).ToHaveCountAsync(0);
            await session.GotoNotFoundAsync(documentPath);
            session.AssertOwnOriginOnlyAndNoErrors();
        }
    }
}
