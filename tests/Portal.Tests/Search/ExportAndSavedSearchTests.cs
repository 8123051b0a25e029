using System.IO.Compression;
using System.Net;
using Portal.Testing;

namespace Portal.Tests.Search;

/// <summary>The XLSX export of a result list holds the user's results only, with the mark, and is audited; saved searches are their owner's.</summary>
[Collection(SearchServerCollection.Name)]
[Trait("Database", "Sqlite")]
public sealed class ExportAndSavedSearchTests(SearchServerFixture fixture)
{
    [Fact]
    public async Task The_export_holds_the_results_with_their_mark_and_is_in_the_audit_trail()
    {
        var agency = fixture.Corpus;
        var clerk = await agency.Agency.AsAsync(DemoAccounts.Clerk);
        var response = await clerk.GetAsync($"{agency.Tenant}/search/export?q=" + Uri.EscapeDataString("mật"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = await new StreamReader(zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Open()).ReadToEndAsync();
        foreach (var number in new[] { "11863/VPCP-KSTT", "245/UBND-NC", "301/KH-SNV", "210/CAT-PA03" })
            Assert.Contains(number, sheet);
        Assert.DoesNotContain("12/TB-VPCP", sheet);
        Assert.Contains("MẬT", sheet);

        var security = await agency.Agency.AsAsync("baomat");
        var trail = await security.PageAsync($"{agency.Tenant}/admin/audit?Action=search.exported");
        Assert.Contains("4 văn bản", trail.QuerySelector("#audit")!.TextContent);
    }

    [Fact]
    public async Task A_saved_search_is_listed_for_its_owner_only_and_nobody_else_can_delete_it()
    {
        var agency = await SearchAgency.CreateAsync(fixture.Server, "da-luu");
        var clerk = await agency.Agency.AsAsync(DemoAccounts.Clerk);
        var saved = await clerk.SubmitAsync($"{agency.Tenant}/search?q=abc", new Dictionary<string, string>
        {
            ["name"] = "Văn bản bảo mật", ["query"] = "?q=" + Uri.EscapeDataString("bảo mật"),
        }, "/search/saved");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await clerk.PageAsync($"{agency.Tenant}/search");
        var item = page.QuerySelector("#saved-searches li")!;
        Assert.Contains("Văn bản bảo mật", item.TextContent);
        var id = item.GetAttribute("data-id")!;

        var director = await agency.Agency.AsAsync(DemoAccounts.Director);
        Assert.Null((await director.PageAsync($"{agency.Tenant}/search")).QuerySelector("#saved-searches"));
        // The director's own antiforgery token, so only the ownership check stands in the way.
        var form = await director.PageAsync($"{agency.Tenant}/search?q=abc");
        var token = form.QuerySelector("#save-search input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var deleted = await director.PostAsync($"{agency.Tenant}/search/saved/{id}/delete",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
        Assert.NotNull((await clerk.PageAsync($"{agency.Tenant}/search")).QuerySelector($"#saved-searches li[data-id='{id}']"));
    }
}
