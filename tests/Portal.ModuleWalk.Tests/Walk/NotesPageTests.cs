using System.Net;
using AngleSharp.Dom;
using Portal.Core.Tenancy;
using Portal.Testing;
using Xunit;

namespace Portal.ModuleWalk.Tests.Walk;

[Collection(NotesWalkCollection.Name)]
public sealed class NotesPageTests(NotesWalkServer walk)
{
    private const string With = NotesWalkServer.WithNotes;
    private const string Without = NotesWalkServer.WithoutNotes;

    [Fact]
    public async Task A_signed_in_admin_sees_the_notes_from_the_recipe_on_the_page()
    {
        using var client = await walk.SignedInAsync(With, DemoAccounts.TenantAdmin);

        var response = await client.GetAsync(With + "/notes");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.StartsWith("Ghi chú — ", page.Title);
        Assert.Equal("Ghi chú", page.QuerySelector("h1")!.TextContent.Trim());
        var rows = page.QuerySelectorAll("#notes tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal(NotesRecipe.Titles, rows);
    }

    [Fact]
    public async Task The_menu_shows_the_notes_entry_to_the_admin()
    {
        using var client = await walk.SignedInAsync(With, DemoAccounts.TenantAdmin);

        var home = await client.PageAsync(With + "/");

        Assert.Equal("Ghi chú", Assert.Single(NotesLinks(home, With)).TextContent.Trim());
    }

    [Fact]
    public async Task The_notes_page_is_404_in_a_tenant_without_the_feature_like_a_page_that_does_not_exist()
    {
        using var anonymous = walk.Server.Client();
        using var admin = await walk.SignedInAsync(Without, DemoAccounts.TenantAdmin);

        var signedIn = await admin.GetAsync(Without + "/notes");
        var missing = await admin.GetAsync(Without + "/khong-co-trang-nay");
        var signedOut = await anonymous.GetAsync(Without + "/notes");
        var elsewhere = await anonymous.GetAsync(With + "/notes");

        Assert.Equal(HttpStatusCode.NotFound, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, signedOut.StatusCode);
        Assert.Equal(await missing.Content.ReadAsByteArrayAsync(), await signedIn.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.Empty(NotesLinks(await admin.PageAsync(Without + "/"), Without));
    }

    [Fact]
    public async Task A_clerk_is_refused_the_page_and_does_not_see_the_menu_entry()
    {
        using var clerk = await walk.SignedInAsync(With, NotesRecipe.ClerkUserName);

        var response = await clerk.GetAsync(With + "/notes");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(NotesRecipe.Titles[0], await response.Content.ReadAsStringAsync());
        Assert.Empty(NotesLinks(await clerk.PageAsync(With + "/"), With));
    }

    [Fact]
    public async Task Enabling_the_feature_later_creates_the_table_when_the_tenant_next_activates()
    {
        const string name = "xa-bat-sau";
        await walk.Server.CreateTenantAsync(name, "commune");
        Assert.DoesNotContain("Notes", TenantDatabase.Tables(walk.DatabaseFile(name)));

        await walk.Server.Get<TenantAdministration>().EnableFeatureAsync(name, Notes.NotesFeature.Id, CancellationToken.None);
        using var admin = await walk.SignedInAsync(name, DemoAccounts.TenantAdmin);
        var page = await admin.PageAsync(name + "/notes");

        Assert.NotNull(page.QuerySelector("#notes-empty"));
        Assert.Contains("Notes", TenantDatabase.Tables(walk.DatabaseFile(name)));
        Assert.Single(NotesLinks(await admin.PageAsync(name + "/"), name));
    }

    private static List<IElement> NotesLinks(IDocument page, string tenant) =>
        page.QuerySelectorAll("a").Where(a => a.GetAttribute("href") == $"/{tenant}/notes").ToList();
}
