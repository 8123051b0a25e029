using System.Net;
using Portal.Testing;
using Portal.Testing.Guides;
using Portal.Tests.Support;

namespace Portal.Tests.Guides;

/// <summary>
/// The help menu of every page opens the guide of the person's role, served by Portal itself: the markdown of
/// docs/guides rendered under the guide's own title, its screenshots and its links to the other guides answered from the
/// same tenant, nothing from outside.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class GuideHelpMenuTests(DemoServerFixture fixture)
{
    [Theory]
    [MemberData(nameof(GuidePagesTests.GuideNames), MemberType = typeof(GuidePagesTests))]
    public async Task The_help_menu_opens_the_role_guide_with_its_screenshots(string name)
    {
        var guide = UserGuide.All().Single(g => g.Name == name);
        var client = await fixture.Clients.GetAsync(guide.Tenant, guide.UserName, guide.Password);
        var prefix = guide.Tenant.Length == 0 ? "/" : $"/{guide.Tenant}/";
        var start = guide.Pages[0].Path;

        var page = await client.PageAsync(start);
        var entry = page.QuerySelector($"#help-menu a[data-guide='{name}']");
        Assert.NotNull(entry);
        Assert.Equal($"{prefix}guides/{name}", entry.GetAttribute("href"));

        var shown = await client.PageAsync(entry.GetAttribute("href")!);
        var title = File.ReadLines(Path.Combine(RepositoryPaths.Guides, name + ".md")).First().TrimStart('#', ' ');
        Assert.Equal(title, shown.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(title, entry.TextContent.Trim());
        var images = shown.QuerySelectorAll("#guide img").Select(i => i.GetAttribute("src")!).ToList();
        Assert.Equal(guide.Pages.Count(p => p.Screenshot is not null), images.Count);
        foreach (var src in images)
        {
            Assert.DoesNotContain("//", src);
            using var image = await client.GetAsync(new Uri(new Uri("http://portal" + $"{prefix}guides/"), src).AbsolutePath);
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
            Assert.Equal([0x89, 0x50, 0x4E, 0x47], (await image.Content.ReadAsByteArrayAsync())[..4]);
        }
    }

    [Fact]
    public async Task The_list_links_every_guide_and_an_unknown_one_is_not_found()
    {
        var clerk = await fixture.Clients.GetAsync(DemoAccounts.Department, DemoAccounts.Clerk, DemoAccounts.Password);
        var prefix = $"/{DemoAccounts.Department}/";

        using var mine = await clerk.GetAsync($"{prefix}guides");
        Assert.Equal(HttpStatusCode.Redirect, mine.StatusCode);
        Assert.Equal($"{prefix}guides/van-thu", mine.Headers.Location!.OriginalString);

        var list = await clerk.PageAsync($"{prefix}guides/README");
        var links = list.QuerySelectorAll("#guide a").Select(a => a.GetAttribute("href")!).ToHashSet();
        foreach (var guide in UserGuide.All())
        {
            Assert.Contains(guide.Name, links);
            using var response = await clerk.GetAsync($"{prefix}guides/{guide.Name}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        foreach (var missing in new[] { "khong-co", "README.md", "images/khong-co.png", "images/..%2FREADME.md" })
            Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"{prefix}guides/{missing}")).StatusCode);

        using var anonymous = fixture.Server.Client();
        var signedOut = await anonymous.GetAsync($"{prefix}guides/van-thu");
        Assert.NotEqual(HttpStatusCode.OK, signedOut.StatusCode);
    }
}
