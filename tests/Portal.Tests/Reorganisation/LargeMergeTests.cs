using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit.Services;
using Portal.Core.Cli;
using Portal.Testing;
using Portal.Tests.Dossiers;
using Portal.Tests.Files;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Reorganisation;

/// <summary>
/// Issue #14's acceptance: two agencies with 5,000 documents each merged into a new one. Every document, file (by its
/// hash after decryption), register number, copy-log line, dossier and audit entry is accounted for; each access list is the same
/// people's; the sealed sources and the target verify; a user of a third agency sees nothing new.
/// </summary>
/// <remarks>
/// SQLite only: on PostgreSQL the same merge takes a quarter of an hour of the suite on two shared cores; the PostgreSQL pass
/// covers merging with the smaller merge tests, and `./portal bench --scenario merge` measures it there.
/// </remarks>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Sqlite")]
public sealed class LargeMergeTests(DemoServerFixture fixture)
{
    private const int PerSource = 5_000;
    private const int FilesPerSource = 10;
    private const int FiledPerSource = 20;

    [Fact]
    public async Task Ten_thousand_documents_merged_are_all_accounted_for()
    {
        var sources = new[] { await DossierAgency.CreateAsync(fixture.Server, "sn5k-a"), await DossierAgency.CreateAsync(fixture.Server, "sn5k-b") };
        var target = await IncomingAgency.CreateAsync(fixture.Server, "sn5k-c");
        var other = await IncomingAgency.CreateAsync(fixture.Server, "sn5k-ngoai");
        await other.RegisterAsync(IncomingAgency.Form());
        var before = new Dictionary<string, SourceFacts>();
        foreach (var source in sources)
            before[source.Tenant] = await FillAsync(source);
        var outsiderBefore = await OutsiderViewAsync(other);

        var merge = new CentralMerge(await fixture.Clients.CentralAdminAsync());
        var page = await merge.PlanAsync(sources.Select(s => s.Tenant).ToList(), target.Tenant);
        var plan = await merge.PageAsync(page);
        foreach (var source in sources)
            Assert.Equal($"{PerSource}", plan.QuerySelector($"#plan tr[data-source='{source.Tenant}'][data-kind='incoming'] .rows")!.TextContent.Trim());
        await merge.ApproveAsync(page);
        var done = await merge.FinishedAsync(page, TimeSpan.FromMinutes(30));
        foreach (var source in sources)
            Assert.Equal($"{PerSource} (xong)",
                done.QuerySelector($"#plan tr[data-source='{source.Tenant}'][data-kind='incoming'] .moved")!.TextContent.Trim());

        // Every document once, with its number in the closed copy of its book, its files and its access list.
        var index = 0;
        foreach (var source in sources)
        {
            index++;
            var facts = before[source.Tenant];
            Assert.Equal(facts.Documents, Stored(target.Tenant,
                $"SELECT d.\"Origin\" || '|' || {DocumentFacts} FROM \"IncomingDocuments\" d WHERE d.\"Origin\" LIKE '{source.Tenant}:%'").Order().ToList());
            Assert.Equal(facts.Books.Select(b => $"{b}.{index}").ToList(), Stored(target.Tenant,
                $"SELECT DISTINCT \"BookCode\" FROM \"IncomingDocuments\" WHERE \"Origin\" LIKE '{source.Tenant}:%' ORDER BY \"BookCode\""));
            Assert.Equal(facts.Copies, Stored(target.Tenant,
                $"SELECT c.\"Origin\" || '|' || d.\"Origin\" FROM \"CopyLog\" c JOIN \"IncomingDocuments\" d ON d.\"Id\" = c.\"DocumentId\" " +
                $"WHERE c.\"DocumentKind\" = 'incoming' AND c.\"Origin\" LIKE '{source.Tenant}:%'").Order().ToList());
            Assert.Equal(facts.Access, Stored(target.Tenant,
                $"SELECT d.\"Origin\" || '|' || {AccessFacts} FROM \"AccessEntries\" e JOIN \"IncomingDocuments\" d ON e.\"ResourceId\" = CAST(d.\"Id\" AS VARCHAR(20)) " +
                $"WHERE e.\"ResourceKind\" = 'incoming' AND d.\"Origin\" LIKE '{source.Tenant}:%'").Order().ToList());
        }
        Assert.Equal(2 * PerSource, Stored(target.Tenant, "SELECT \"Id\" FROM \"IncomingDocuments\"").Count);

        // The moved clerks read their files back through the target's keys, byte for byte; their dossiers hold the same documents.
        foreach (var source in sources)
        {
            var people = new MovedPeople(fixture, source.Agency, target);
            using var clerk = await people.ConfirmAsync(people.Carry(DemoAccounts.Clerk));
            foreach (var (origin, hash) in before[source.Tenant].Files)
            {
                var link = await CopyLinkAsync(clerk, $"{target.Tenant}/incoming/{NewId(target.Tenant, origin)}");
                Assert.Equal(hash, Convert.ToHexString(SHA256.HashData(await (await clerk.GetAsync(link)).Content.ReadAsByteArrayAsync())));
            }
            var dossier = int.Parse(Stored(target.Tenant,
                $"SELECT d.\"Id\" FROM \"Dossiers\" d JOIN \"DossierCatalogue\" c ON d.\"CatalogueEntryId\" = c.\"Id\" WHERE c.\"Origin\" LIKE '{source.Tenant}:%'").Single(),
                CultureInfo.InvariantCulture);
            var filed = (await (await clerk.GetAsync($"{target.Tenant}/api/dossiers/{dossier}")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documents").EnumerateArray()
                .Select(d => d.GetProperty("id").GetInt32()).Order().ToList();
            Assert.Equal(before[source.Tenant].Filed.Select(origin => NewId(target.Tenant, origin)).Order().ToList(), filed);
        }

        // Each source's chain kept whole and sealed, vouched for by the target's; all three verify.
        foreach (var source in sources)
        {
            var entries = Stored(source.Tenant, "SELECT \"Position\" || '|' || \"Action\" || '|' || \"Mac\" FROM \"AuditEntries\" ORDER BY \"Position\"");
            Assert.Equal(before[source.Tenant].Audit, entries.Take(before[source.Tenant].Audit.Count).ToList());
            var last = entries[^1].Split('|');
            Assert.Equal("audit.sealed", last[1]);
            Assert.Contains($"Nhận nhật ký đã niêm phong của {source.Tenant} khi sáp nhập: {last[0]} mục, MAC cuối {last[2]}",
                Stored(target.Tenant, "SELECT \"Details\" FROM \"AuditEntries\" WHERE \"Action\" = 'audit.chain-imported'"));
        }
        foreach (var tenant in sources.Select(s => s.Tenant).Append(target.Tenant))
            Assert.True(await IntactAsync(tenant), $"The audit chain of {tenant} does not verify.");

        Assert.Equal(outsiderBefore, await OutsiderViewAsync(other));
    }

    /// <summary>
    /// 5,000 documents registered by the clerk, ten with a file each (a copy of it taken), twenty filed in a dossier; what the source holds
    /// of them, read before the merge.
    /// </summary>
    private async Task<SourceFacts> FillAsync(DossierAgency source)
    {
        var errors = new List<string>();
        Assert.Equal(PerSource, await new RegistrationSeed(fixture.Server, source.Tenant).RunAsync(PerSource, errors));
        Assert.Empty(errors);
        var ids = Stored(source.Tenant, "SELECT \"Id\" FROM \"IncomingDocuments\"").Select(int.Parse).Order().ToList();
        var clerk = await source.Agency.AsAsync(DemoAccounts.Clerk);
        var files = new Dictionary<string, string>();
        foreach (var id in ids.Where((_, i) => i % (PerSource / FilesPerSource) == 0))
        {
            var content = SampleFiles.Docx($"Phụ lục của văn bản {id} tại {source.Tenant}");
            await AttachmentUploads.AttachAsync(clerk, source.Tenant, id, ($"Phụ lục {id}.docx", content));
            files[$"{source.Tenant}:{id}"] = Convert.ToHexString(SHA256.HashData(content));
            // A copy taken: a line in the copy log, which must follow its document.
            Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(await CopyLinkAsync(clerk, $"{source.Tenant}/incoming/{id}"))).StatusCode);
        }
        var dossier = await source.OpenAsync(DossierAgency.Clerk, "01.TCCB");
        var filed = ids.Where((_, i) => i % (PerSource / FiledPerSource) == 1).ToList();
        foreach (var id in filed)
            Assert.Equal(HttpStatusCode.OK, (await source.FileAsync(DossierAgency.Clerk, dossier, "incoming", id)).StatusCode);
        return new SourceFacts(
            Stored(source.Tenant, $"SELECT '{source.Tenant}:' || d.\"Id\" || '|' || {DocumentFacts} FROM \"IncomingDocuments\" d").Order().ToList(),
            Stored(source.Tenant, "SELECT DISTINCT \"BookCode\" FROM \"IncomingDocuments\" ORDER BY \"BookCode\""),
            Stored(source.Tenant, $"SELECT '{source.Tenant}:' || e.\"ResourceId\" || '|' || {AccessFacts} FROM \"AccessEntries\" e WHERE e.\"ResourceKind\" = 'incoming'")
                .Order().ToList(),
            Stored(source.Tenant, $"SELECT '{source.Tenant}:' || \"Id\" || '|{source.Tenant}:' || \"DocumentId\" FROM \"CopyLog\"").Order().ToList(),
            files, filed.Select(id => $"{source.Tenant}:{id}").ToList(),
            Stored(source.Tenant, "SELECT \"Position\" || '|' || \"Action\" || '|' || \"Mac\" FROM \"AuditEntries\" ORDER BY \"Position\""));
    }

    /// <summary>What a document is in either store: number, year, symbol, level, subject, and its files (count and bytes).</summary>
    private const string DocumentFacts =
        "d.\"ArrivalNumber\" || '|' || d.\"Year\" || '|' || d.\"NumberSymbol\" || '|' || d.\"Level\" || '|' || d.\"Subject\" || '|' || " +
        "(SELECT COUNT(*) || ':' || COALESCE(SUM(a.\"Length\"), 0) FROM \"IncomingAttachments\" a WHERE a.\"DocumentId\" = d.\"Id\")";

    /// <summary>An incoming document's access entry: the person (ids move with them) and their position on the list.</summary>
    private const string AccessFacts = "e.\"UserId\" || '|' || e.\"Position\"";

    private async Task<bool> IntactAsync(string tenant)
    {
        var tenants = fixture.Server.Get<CliTenants>();
        var context = await tenants.OpenAsync(tenant, CancellationToken.None);
        return (await tenants.RunAsync(context, s => s.GetRequiredService<AuditVerifier>().VerifyAsync(tenant, CancellationToken.None))).Intact;
    }

    /// <summary>The link that gives the one file on a document's page as a numbered copy.</summary>
    private static async Task<string> CopyLinkAsync(PortalClient clerk, string documentPage) =>
        (await clerk.PageAsync(documentPage)).QuerySelectorAll<IHtmlAnchorElement>("#attachments a.download-copy").Single().GetAttribute("href")!;

    private static async Task<string> OutsiderViewAsync(IncomingAgency other) =>
        (await (await other.AsAsync(DemoAccounts.Clerk)).PageAsync($"{other.Tenant}/incoming")).QuerySelector("main")!.TextContent;

    private List<string> Stored(string tenant, string sql) => TenantStores.Rows(fixture.Server, tenant, sql);

    private int NewId(string tenant, string origin) =>
        int.Parse(Stored(tenant, $"SELECT \"Id\" FROM \"IncomingDocuments\" WHERE \"Origin\" = '{origin}'").Single(), CultureInfo.InvariantCulture);

    private sealed record SourceFacts(List<string> Documents, List<string> Books, List<string> Access, List<string> Copies, Dictionary<string, string> Files,
        List<string> Filed, List<string> Audit);
}
