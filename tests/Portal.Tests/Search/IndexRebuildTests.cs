using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;
using Portal.Search.Indexing;
using Portal.Search.Services;
using Portal.Testing;

namespace Portal.Tests.Search;

/// <summary>
/// The index is derived from the database: deleted or damaged, it is rebuilt on its own at the next search
/// and answers exactly as before; a rebuild on demand (what `./portal index rebuild` runs) does too; and a
/// change is in the index as soon as the step that made it has answered.
/// </summary>
[Collection(SearchServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class IndexRebuildTests(SearchServerFixture fixture)
{
    private static readonly string[] Queries = ["mật", "bao mat", "11863/VPCP-KSTT", "năm:2023", "ban", "\"bí mật nhà nước\""];

    [Fact]
    public async Task A_deleted_index_folder_is_rebuilt_from_the_database_with_the_same_answers()
    {
        var agency = await SearchAgency.CreateAsync(fixture.Server, "xay-lai");
        await agency.RegisterAsync(Corpus.Documents.Take(10));
        var before = await AnswersAsync(agency);
        var host = fixture.Server.Get<TenantHost>();
        var tenant = (await host.ActivateAsync(agency.Tenant))!;
        var folder = SearchIndexes.Folder(tenant);
        host.Release(agency.Tenant);
        Directory.Delete(folder, recursive: true);

        Assert.Equal(before, await AnswersAsync(agency));
        Assert.True(Directory.Exists(folder));
    }

    [Fact]
    public async Task A_damaged_index_is_rebuilt_and_a_rebuild_on_demand_changes_nothing()
    {
        var agency = await SearchAgency.CreateAsync(fixture.Server, "hong");
        await agency.RegisterAsync(Corpus.Documents.Skip(5).Take(10));
        var before = await AnswersAsync(agency);
        var host = fixture.Server.Get<TenantHost>();
        var tenant = (await host.ActivateAsync(agency.Tenant))!;
        var folder = SearchIndexes.Folder(tenant);
        host.Release(agency.Tenant);
        foreach (var file in Directory.GetFiles(folder, "segments*"))
            await File.WriteAllBytesAsync(file, new byte[64]);

        Assert.Equal(before, await AnswersAsync(agency));
        tenant = (await host.ActivateAsync(agency.Tenant))!;
        var count = await host.RunAsync(tenant, services =>
            services.GetRequiredService<IndexMaintenance>().RebuildAsync(null, CancellationToken.None));
        Assert.Equal(10, count);
        Assert.Equal(before, await AnswersAsync(agency));
    }

    [Fact]
    public async Task A_document_is_found_as_soon_as_it_is_registered_and_by_whoever_is_added_to_its_list()
    {
        var agency = await SearchAgency.CreateAsync(fixture.Server, "ngay");
        await agency.RegisterAsync([Corpus.Documents[0]]);
        Assert.Equal(["11863/VPCP-KSTT"], await agency.NumbersAsync(DemoAccounts.Clerk, "kstt"));
        Assert.Empty(await agency.NumbersAsync(DemoAccounts.Director, "kstt"));

        var submitted = await agency.Agency.PostJsonAsync(DemoAccounts.Clerk, $"api/incoming/{agency.Ids["11863/VPCP-KSTT"]}/submit",
            new { Leader = DemoAccounts.Director });
        Assert.True(submitted.IsSuccessStatusCode);
        Assert.Equal(["11863/VPCP-KSTT"], await agency.NumbersAsync(DemoAccounts.Director, "kstt"));
    }

    [Fact]
    public async Task A_change_committed_but_not_indexed_before_a_crash_is_indexed_when_the_tenant_activates_again()
    {
        var agency = await SearchAgency.CreateAsync(fixture.Server, "sap");
        await agency.RegisterAsync([Corpus.Documents[8]]);
        var id = agency.Ids["5/CĐ-TTg"];
        var host = fixture.Server.Get<TenantHost>();
        var tenant = (await host.ActivateAsync(agency.Tenant))!;
        // The state a crash between the commit and the indexing leaves: the entry missing, the message pending.
        await host.RunAsync(tenant, async services =>
        {
            var index = await services.GetRequiredService<SearchIndexes>().OpenAsync(CancellationToken.None);
            index.Writer.DeleteDocuments(new Lucene.Net.Index.Term(IndexFields.Key, DocumentMapper.Key("incoming", id.ToString())));
            index.Commit();
            return 0;
        });
        Assert.Empty(await agency.NumbersAsync(DemoAccounts.Clerk, "bão"));
        Support.TenantStores.Execute(fixture.Server, agency.Tenant, $$"""
            INSERT INTO "OutboxMessages" ("Topic", "Payload", "CreatedUtc", "Attempts", "NextAttemptUtc", "LastError")
            VALUES ('document.changed', '{"kind":"incoming","id":"{{id}}"}', '2000-01-01 00:00:00', 0, '2000-01-01 00:00:00', '')
            """);
        host.Release(agency.Tenant);

        await host.ActivateAsync(agency.Tenant);
        var found = new List<string>();
        Assert.True(await Support.Eventually.TrueAsync(() =>
        {
            found = agency.NumbersAsync(DemoAccounts.Clerk, "bão").GetAwaiter().GetResult();
            return found.Count == 1;
        }));
        Assert.Equal(["5/CĐ-TTg"], found);
    }

    private static async Task<string> AnswersAsync(SearchAgency agency)
    {
        var answers = new List<string>();
        foreach (var query in Queries)
            answers.Add(query + " → " + (await agency.SearchAsync(DemoAccounts.Clerk, "?pageSize=100&q=" + Uri.EscapeDataString(query))).GetRawText());
        return string.Join("\n", answers);
    }
}
