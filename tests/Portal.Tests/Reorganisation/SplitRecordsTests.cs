using System.Net;
using Portal.Testing;
using Portal.Tests.Dossiers;
using Portal.Tests.Incoming;
using Portal.Tests.Outgoing;
using Portal.Tests.Support;

namespace Portal.Tests.Reorganisation;

/// <summary>
/// In a split, records follow their people: an outgoing document its drafter's unit, a dossier (and its catalogue line)
/// its responsible person, a register-of-secrets line its document; a letter nobody was given stays with the main
/// successor, and the dossier that filed it keeps only what came with it, naming the letter in its audit entry.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class SplitRecordsTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task Outgoing_documents_dossiers_and_secret_lines_follow_their_people()
    {
        var a = await DossierAgency.CreateAsync(fixture.Server, "chia-hs-a");
        var b = await IncomingAgency.CreateAsync(fixture.Server, "chia-hs-b");
        var c = await IncomingAgency.CreateAsync(fixture.Server, "chia-hs-c");
        var letter = await a.RegisterAsync(DossierAgency.Today.AddDays(-3), "toi-mat");
        var drafted = await new OutgoingAgency(a.Agency).AwaitingSignatureAsync(OutgoingAgency.Draft());
        var dossier = await a.OpenAsync(DossierAgency.Clerk, "01.TCCB");
        Assert.Equal(HttpStatusCode.OK, (await a.FileAsync(DossierAgency.Clerk, dossier, "incoming", letter)).StatusCode);
        var (tccb, vp) = (await a.EntryAsync("01.TCCB"), await a.EntryAsync("01.VP"));

        var split = new CentralMerge(await fixture.Clients.CentralAdminAsync());
        var page = await split.SplitAsync(a.Tenant, [b.Tenant, c.Tenant], $"{b.Tenant}:VP,TTr;{c.Tenant}:TCCB,CCHC", b.Tenant);
        await split.ApproveAsync(page);
        await split.FinishedAsync(page);

        Assert.Equal([$"{a.Tenant}:{letter}"], Rows(b.Tenant, Origins("IncomingDocuments")));
        Assert.Empty(Rows(c.Tenant, Origins("IncomingDocuments")));
        Assert.Equal([$"{a.Tenant}:{drafted}"], Rows(c.Tenant, Origins("OutgoingDocuments")));
        Assert.Empty(Rows(b.Tenant, Origins("OutgoingDocuments")));
        Assert.Contains($"{a.Tenant}:{vp}", Rows(b.Tenant, Origins("DossierCatalogue")));
        Assert.DoesNotContain($"{a.Tenant}:{tccb}", Rows(b.Tenant, Origins("DossierCatalogue")));
        Assert.Contains($"{a.Tenant}:{tccb}", Rows(c.Tenant, Origins("DossierCatalogue")));

        // The Tối mật letter's register line went with it to the main successor; the dossier in the other holds nothing of it.
        var newLetter = Rows(b.Tenant, $"SELECT \"Id\" FROM \"IncomingDocuments\" WHERE \"Origin\" = '{a.Tenant}:{letter}'").Single();
        Assert.Single(Rows(b.Tenant, $"SELECT \"Id\" FROM \"SecretRegister\" WHERE \"DocumentKind\" = 'incoming' AND \"DocumentId\" = {newLetter}"));
        Assert.Empty(Rows(c.Tenant, "SELECT \"Id\" FROM \"SecretRegister\" WHERE \"DocumentKind\" = 'incoming'"));
        var newDossier = Rows(c.Tenant, $"SELECT d.\"Id\" FROM \"Dossiers\" d JOIN \"DossierCatalogue\" e ON e.\"Id\" = d.\"CatalogueEntryId\" WHERE e.\"Origin\" = '{a.Tenant}:{tccb}'").Single();
        Assert.Empty(Rows(c.Tenant, $"SELECT \"Id\" FROM \"DossierItems\" WHERE \"DossierId\" = {newDossier}"));
        Assert.Contains(Rows(c.Tenant, $"SELECT \"Details\" FROM \"AuditEntries\" WHERE \"Action\" = 'dossier.moved-in' AND \"TargetId\" = '{newDossier}'"),
            d => d.Contains($"không lập trong hồ sơ ở đây: incoming {letter}"));
    }

    private static string Origins(string table) => $"SELECT \"Origin\" FROM \"{table}\" WHERE \"Origin\" IS NOT NULL";

    private List<string> Rows(string tenant, string sql) => TenantStores.Rows(fixture.Server, tenant, sql);
}
