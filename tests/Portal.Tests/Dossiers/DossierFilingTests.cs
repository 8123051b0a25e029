using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Tests.Outgoing;
using Portal.Tests.Rendering;
using Portal.Tests.Support;

namespace Portal.Tests.Dossiers;

/// <summary>
/// Opening a dossier and filing documents over real HTTP: the dossier obeys the access check, its level is the
/// highest of its contents, the documents inside keep their own check, and what a person may not see is a 404
/// and shows in no list or count.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class DossierFilingTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task A_filed_document_stays_behind_its_own_check_and_the_dossier_takes_the_highest_level_of_its_contents()
    {
        var agency = await DossierAgency.CreateAsync(fixture.Server, "hsmo");
        var byOther = await agency.Agency.PostJsonAsync("chuyenvien2", "api/dossiers", new { catalogueEntryId = await agency.EntryAsync("01.TCCB") });
        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Contains("Chỉ người lập hồ sơ ghi trong danh mục hoặc văn thư", await byOther.Content.ReadAsStringAsync());

        // The clerk opens the officer's dossier: both are on its list; the officer is not on the clerk's document's list.
        var dossier = await agency.OpenAsync(DossierAgency.Clerk, "01.TCCB");
        var again = await agency.Agency.PostJsonAsync(DossierAgency.Officer, "api/dossiers", new { catalogueEntryId = await agency.EntryAsync("01.TCCB") });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("đã được mở", await again.Content.ReadAsStringAsync());
        var letter = await agency.RegisterAsync(DossierAgency.Today.AddDays(-5));
        var filed = await agency.FileAsync(DossierAgency.Clerk, dossier, "incoming", letter);
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var duplicate = await agency.FileAsync(DossierAgency.Clerk, dossier, "incoming", letter);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("đã có trong hồ sơ", await duplicate.Content.ReadAsStringAsync());

        var asClerk = await agency.Agency.GetJsonAsync(DossierAgency.Clerk, $"api/dossiers/{dossier}");
        Assert.Equal([letter], asClerk.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetInt32()));
        var asOfficer = await agency.Agency.GetJsonAsync(DossierAgency.Officer, $"api/dossiers/{dossier}");
        Assert.Equal(0, asOfficer.GetProperty("documents").GetArrayLength());
        var officerPage = await (await agency.Agency.AsAsync(DossierAgency.Officer)).PageAsync($"{agency.Tenant}/dossiers/{dossier}");
        Assert.NotNull(officerPage.QuerySelector("#contents-empty"));
        Assert.DoesNotContain(IncomingSubject, officerPage.Body!.TextContent);

        // The officer cannot file what they cannot see: the same 404 as an id that does not exist, nothing filed.
        var hidden = await agency.FileAsync(DossierAgency.Officer, dossier, "incoming", letter + 1000);
        var forbidden = await agency.FileAsync(DossierAgency.Officer, dossier, "incoming", await agency.RegisterAsync(DossierAgency.Today));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forbidden.StatusCode);
        Assert.Equal(await hidden.Content.ReadAsStringAsync(), await forbidden.Content.ReadAsStringAsync());
        Assert.Single(TenantStores.Rows(fixture.Server, agency.Tenant, $"SELECT \"Id\" FROM \"DossierItems\" WHERE \"DossierId\" = {dossier}"));

        // A Tối mật document lifts the dossier to Tối mật: the Mật-cleared officer loses it (404, gone from the list).
        Assert.Single((await agency.Agency.GetJsonAsync(DossierAgency.Officer, "api/dossiers")).EnumerateArray());
        var secret = await agency.RegisterAsync(DossierAgency.Today.AddDays(-1), "toi-mat");
        Assert.Equal(HttpStatusCode.OK, (await agency.FileAsync(DossierAgency.Clerk, dossier, "incoming", secret)).StatusCode);
        Assert.Equal("TỐI MẬT", (await agency.Agency.GetJsonAsync(DossierAgency.Clerk, $"api/dossiers/{dossier}")).GetProperty("level").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await agency.GetAsync(DossierAgency.Officer, $"api/dossiers/{dossier}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agency.GetAsync(DossierAgency.Officer, $"dossiers/{dossier}")).StatusCode);
        Assert.Empty((await agency.Agency.GetJsonAsync(DossierAgency.Officer, "api/dossiers")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await agency.GetAsync("chuyenvien2", $"api/dossiers/{dossier}")).StatusCode);

        // One document in two dossiers, not copied.
        var other = await agency.OpenAsync(DossierAgency.Clerk, "01.VP");
        Assert.Equal(HttpStatusCode.OK, (await agency.FileAsync(DossierAgency.Clerk, other, "incoming", letter)).StatusCode);
        Assert.Single(TenantStores.Rows(fixture.Server, agency.Tenant, $"SELECT \"Id\" FROM \"IncomingDocuments\" WHERE \"Id\" = {letter}"));
        Assert.Equal(2, TenantStores.Rows(fixture.Server, agency.Tenant,
            $"SELECT \"DossierId\" FROM \"DossierItems\" WHERE \"DocumentKind\" = 'incoming' AND \"DocumentId\" = {letter}").Count);

        var actions = agency.AuditActions(dossier);
        Assert.Equal("dossier.opened", actions[0]);
        Assert.Equal(2, actions.Count(a => a == "dossier.document-added"));
        Assert.Contains("dossier.read", actions);
    }

    [Fact]
    public async Task An_issued_outgoing_document_is_filed_with_the_pages_of_its_issued_original_and_a_draft_is_refused()
    {
        var agency = await DossierAgency.CreateAsync(fixture.Server, "hsdi");
        var outgoing = new OutgoingAgency(agency.Agency);
        var draft = await outgoing.CreateAsync(OutgoingAgency.Draft());
        var dossier = await agency.OpenAsync(DossierAgency.Officer, "02.TCCB");
        var refused = await agency.FileAsync(DossierAgency.Officer, dossier, "outgoing", draft);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("đã cấp số và phát hành", await refused.Content.ReadAsStringAsync());

        await outgoing.StepOkAsync(OutgoingAgency.Officer, draft, "submit", new { next = OutgoingAgency.UnitLeader });
        await outgoing.StepOkAsync(OutgoingAgency.UnitLeader, draft, "approve", new { next = OutgoingAgency.Clerk });
        await outgoing.StepOkAsync(OutgoingAgency.Clerk, draft, "check", new { next = OutgoingAgency.Signer, place = "Nghệ An", title = "Giám đốc", symbol = "SNV-VP" });
        await outgoing.StepUpAsync(OutgoingAgency.Signer);
        await outgoing.StepOkAsync(OutgoingAgency.Signer, draft, "sign");
        await outgoing.StepOkAsync(OutgoingAgency.Clerk, draft, "issue");

        var filed = await agency.FileAsync(DossierAgency.Officer, dossier, "outgoing", draft);
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var document = (await agency.Agency.GetJsonAsync(DossierAgency.Officer, $"api/dossiers/{dossier}")).GetProperty("documents").EnumerateArray().Single();
        Assert.Equal("01/SNV-VP", document.GetProperty("numberSymbol").GetString());
        Assert.Equal("Công văn", document.GetProperty("type").GetString());
        Assert.Equal(PdfText.Read(await outgoing.PdfAsync(OutgoingAgency.Clerk, draft)).Pages.Count, document.GetProperty("pages").GetInt32());
    }

    private const string IncomingSubject = "V/v rà soát danh mục bí mật nhà nước năm 2026";
}
