using System.Net;
using Portal.Testing;
using Portal.Testing.Guides;
using Portal.Tests.Support;

namespace Portal.Tests.Guides;

/// <summary>
/// Every page a role guide of docs/guides/ names exists and answers its demo account with the title the guide gives
/// it, over real HTTP, and every screenshot the guide shows is there: a guide that names a page renamed, moved or
/// closed to that role fails here rather than misleading its reader.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class GuidePagesTests(DemoServerFixture fixture)
{
    public static TheoryData<string> GuideNames() => new(UserGuide.All().Select(g => g.Name));

    [Fact]
    public void There_is_a_guide_for_every_role_of_the_agency_and_for_the_central_office()
    {
        var accounts = UserGuide.All().Select(g => (g.Tenant, g.UserName)).ToHashSet();
        (string, string)[] expected =
        [
            (DemoAccounts.Department, DemoAccounts.Clerk), (DemoAccounts.Department, DemoAccounts.Director),
            (DemoAccounts.Department, "truongphong"), (DemoAccounts.Department, DemoAccounts.Officer),
            (DemoAccounts.Department, "phogiamdoc"), (DemoAccounts.Department, "baomat"),
            (DemoAccounts.Department, DemoAccounts.TenantAdmin), ("", DemoAccounts.CentralAdmin),
        ];
        Assert.Empty(expected.Except(accounts));
    }

    [Theory]
    [MemberData(nameof(GuideNames))]
    public async Task Every_page_the_guide_names_answers_its_account_with_that_title(string name)
    {
        var guide = UserGuide.All().Single(g => g.Name == name);
        Assert.NotEmpty(guide.Pages);
        var client = await fixture.Clients.GetAsync(guide.Tenant, guide.UserName, guide.Password);
        var prefix = guide.Tenant.Length == 0 ? "/" : $"/{guide.Tenant}/";
        var wrong = new List<string>();
        foreach (var page in guide.Pages)
        {
            if (!page.Path.StartsWith(prefix, StringComparison.Ordinal))
            {
                wrong.Add($"{page.Path}: not under {prefix}");
                continue;
            }
            using var response = await client.GetAsync(page.Path);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                wrong.Add($"{page.Path}: {(int)response.StatusCode}");
                continue;
            }
            var document = await PortalClient.ParseAsync(response);
            if (!document.Title!.StartsWith(page.Title, StringComparison.Ordinal))
                wrong.Add($"{page.Path}: titled '{document.Title}', the guide says '{page.Title}'");
            if (page.Screenshot is { } image && !File.Exists(Path.Combine(RepositoryPaths.Guides, "images", image)))
                wrong.Add($"{page.Path}: screenshot images/{image} is missing (run GuideScreenshotsTests)");
        }
        Assert.True(wrong.Count == 0, $"{name}.md as {guide.UserName}:\n" + string.Join("\n", wrong));
    }
}
