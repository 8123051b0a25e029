using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;
using Portal.Files;
using Portal.Testing;
using Portal.Tests.Dossiers;
using Portal.Tests.Incoming;
using Portal.Tests.Outgoing;
using Portal.Tests.Support;

namespace Portal.Tests.Reorganisation;

/// <summary>
/// What refers to documents follows them in a merge: an issued outgoing document keeps its number and its signed PDF
/// (the same bytes, read through the target's keys), and the copy taken of it its line in the copy log; a dossier keeps its contents under the documents' new ids, its level
/// and a code made distinct when the target already has it; the register of state secrets keeps each line's level and
/// period, the line's files sealed to an erasure key of the target's.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class MergeRecordsTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task Outgoing_documents_dossiers_and_the_secret_register_follow_their_documents()
    {
        var a = await DossierAgency.CreateAsync(fixture.Server, "sn-hs-a");
        var b = await DossierAgency.CreateAsync(fixture.Server, "sn-hs-b");
        var c = await IncomingAgency.CreateAsync(fixture.Server, "sn-hs-c");
        var letter = await a.RegisterAsync(DossierAgency.Today.AddDays(-3), "toi-mat");
        var outgoing = new OutgoingAgency(a.Agency);
        var issued = await outgoing.AwaitingSignatureAsync(OutgoingAgency.Draft());
        await outgoing.StepUpAsync(OutgoingAgency.Signer);
        await outgoing.StepOkAsync(OutgoingAgency.Signer, issued, "sign");
        await outgoing.StepOkAsync(OutgoingAgency.Clerk, issued, "issue");
        // A copy taken in the source: its line in the copy log follows the document, with the number written on the copy.
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await outgoing.PdfAsync(OutgoingAgency.Clerk, issued), 0, 4));
        var original = await IssuedHashAsync(a.Tenant, issued);
        var dossier = await a.OpenAsync(DossierAgency.Clerk, "01.TCCB");
        Assert.Equal(HttpStatusCode.OK, (await a.FileAsync(DossierAgency.Clerk, dossier, "incoming", letter)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.FileAsync(DossierAgency.Clerk, dossier, "outgoing", issued)).StatusCode);
        var fromB = await b.RegisterAsync(DossierAgency.Today.AddDays(-1));
        var dossierB = await b.OpenAsync(DossierAgency.Clerk, "01.TCCB");
        Assert.Equal(HttpStatusCode.OK, (await b.FileAsync(DossierAgency.Clerk, dossierB, "incoming", fromB)).StatusCode);
        var lineBefore = await RegisterLineAsync(a.Agency, letter);
        var (entryA, entryB) = (await a.EntryAsync("01.TCCB"), await b.EntryAsync("01.TCCB"));

        var merge = new CentralMerge(await fixture.Clients.CentralAdminAsync());
        var page = await merge.PlanAsync([a.Tenant, b.Tenant], c.Tenant);
        var plan = await merge.PageAsync(page);
        Assert.Contains("Hồ sơ 01.TCCB năm", plan.QuerySelector("#conflicts")!.TextContent);
        await merge.ApproveAsync(page);
        var done = await merge.FinishedAsync(page);
        Assert.Equal("1 (xong)", done.QuerySelector($"#plan tr[data-source='{a.Tenant}'][data-kind='outgoing'] .moved")!.TextContent.Trim());

        var people = new MovedPeople(fixture, a.Agency, c);
        using var clerk = await people.ConfirmAsync(people.Carry(DemoAccounts.Clerk));
        var newLetter = NewId(c.Tenant, "IncomingDocuments", $"{a.Tenant}:{letter}");
        var newIssued = NewId(c.Tenant, "OutgoingDocuments", $"{a.Tenant}:{issued}");

        // The issued original: same number, same bytes read through the target's keys; the source's copy in the target's log.
        var moved = await JsonAsync(clerk, $"{c.Tenant}/api/outgoing/{newIssued}");
        Assert.Equal("01/SNV-VP", moved.GetProperty("numberSymbol").GetString());
        Assert.Equal(original, await IssuedHashAsync(c.Tenant, newIssued));
        var log = WebUtility.HtmlDecode(await (await clerk.GetAsync($"{c.Tenant}/registers/copies")).Content.ReadAsStringAsync());
        Assert.Contains($"data-number=\"1 ({a.Tenant})\"", log);
        var movedPdf = await clerk.GetAsync($"{c.Tenant}/api/outgoing/{newIssued}/pdf");
        Assert.Equal(HttpStatusCode.OK, movedPdf.StatusCode);
        Assert.Equal("2", movedPdf.Headers.GetValues("X-Copy-Number").Single());

        // The dossiers: contents under the new ids, the level of the Tối mật letter, codes made distinct from the target's own.
        var codes = TenantStores.Rows(fixture.Server, c.Tenant, "SELECT \"Code\" || ' ' || \"Origin\" FROM \"DossierCatalogue\" WHERE \"Origin\" IS NOT NULL");
        Assert.Contains($"01.TCCB.1 {a.Tenant}:{entryA}", codes);
        Assert.Contains($"01.TCCB.2 {b.Tenant}:{entryB}", codes);
        var newDossier = int.Parse(TenantStores.Rows(fixture.Server, c.Tenant, "SELECT \"Id\" FROM \"Dossiers\" WHERE \"Code\" = '01.TCCB.1'").Single());
        var shown = await JsonAsync(clerk, $"{c.Tenant}/api/dossiers/{newDossier}");
        Assert.Equal("TỐI MẬT", shown.GetProperty("level").GetString());
        Assert.Equal(new[] { $"incoming:{newLetter}", $"outgoing:{newIssued}" },
            shown.GetProperty("documents").EnumerateArray().Select(d => $"{d.GetProperty("kind").GetString()}:{d.GetProperty("id").GetInt32()}").Order());

        // The register line: same level, day set and end of period, now naming the moved letter; its files sealed in the target.
        var line = await RegisterLineAsync(clerk, c.Tenant, newLetter);
        foreach (var field in new[] { "numberSymbol", "level", "originalLevel", "levelSetOn", "endsOn", "status" })
            Assert.Equal(lineBefore.GetProperty(field).GetString(), line.GetProperty(field).GetString());
        Assert.NotEmpty(TenantStores.Rows(fixture.Server, c.Tenant,
            $"SELECT \"ErasureKeyId\" FROM \"SecretRegister\" WHERE \"DocumentKind\" = 'incoming' AND \"DocumentId\" = {newLetter} AND \"ErasureKeyId\" IS NOT NULL"));
        Assert.Contains("secret.moved-in", TenantStores.Rows(fixture.Server, c.Tenant,
            $"SELECT \"Action\" FROM \"AuditEntries\" WHERE \"TargetKind\" = 'incoming' AND \"TargetId\" = '{newLetter}'"));
    }

    /// <summary>The SHA-256 of an outgoing document's issued PDF as stored, decrypted through the tenant's own vault.</summary>
    private async Task<string> IssuedHashAsync(string tenant, int documentId)
    {
        var fileId = Guid.Parse(TenantStores.Rows(fixture.Server, tenant,
            $"SELECT \"IssuedFileId\" FROM \"OutgoingDocuments\" WHERE \"Id\" = {documentId}").Single());
        var host = fixture.Server.Get<TenantHost>();
        return await host.RunAsync((await host.ActivateAsync(tenant))!, async s =>
        {
            await using var content = await s.GetRequiredService<IFileVault>().OpenReadAsync(fileId, CancellationToken.None);
            return Convert.ToHexString(await SHA256.HashDataAsync(content));
        });
    }

    private static async Task<JsonElement> RegisterLineAsync(IncomingAgency agency, int documentId) =>
        await RegisterLineAsync(await agency.AsAsync(DemoAccounts.Clerk), agency.Tenant, documentId);

    private static async Task<JsonElement> RegisterLineAsync(PortalClient clerk, string tenant, int documentId) =>
        (await JsonAsync(clerk, $"{tenant}/api/secrets/register")).EnumerateArray()
            .Single(r => r.GetProperty("kind").GetString() == "incoming" && r.GetProperty("documentId").GetInt32() == documentId);

    private static async Task<JsonElement> JsonAsync(PortalClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private int NewId(string tenant, string table, string origin) =>
        int.Parse(TenantStores.Rows(fixture.Server, tenant, $"SELECT \"Id\" FROM \"{table}\" WHERE \"Origin\" = '{origin}'").Single());
}
