using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Tests.Support;

namespace Portal.Tests.Dossiers;

/// <summary>The year's dossier catalogue over real HTTP: the recipe's lines, kept by the clerk, refused whole with Vietnamese reasons.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class DossierCatalogueTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task The_recipe_fills_the_catalogue_and_only_the_clerk_adds_to_it_with_every_problem_named_and_nothing_half_kept()
    {
        var agency = await DossierAgency.CreateAsync(fixture.Server, "hsdm");
        var entries = await agency.Agency.GetJsonAsync(DossierAgency.Officer, "api/dossiers/catalogue");
        Assert.Equal(["01.TCCB", "02.TCCB", "01.VP"], entries.EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList());
        var first = entries.EnumerateArray().First(e => e.GetProperty("code").GetString() == "01.TCCB");
        Assert.Equal("Vũ Thị Mai", first.GetProperty("responsibleName").GetString());
        Assert.Equal(0, first.GetProperty("retentionYears").GetInt32());

        var line = new { code = "03.TCCB", title = "Hồ sơ thi đua khen thưởng", unit = "TCCB", retention = "20", responsible = DossierAgency.Officer };
        var byOfficer = await agency.Agency.PostJsonAsync(DossierAgency.Officer, "api/dossiers/catalogue", line);
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Contains("Chỉ văn thư hoặc quản trị hệ thống", await byOfficer.Content.ReadAsStringAsync());

        var bad = await agency.Agency.PostJsonAsync(DossierAgency.Clerk, "api/dossiers/catalogue",
            new { code = "01.TCCB", title = "", unit = "TCCB", retention = "mãi mãi", responsible = "khong-co" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(errors, e => e!.StartsWith("Nhập tiêu đề hồ sơ"));
        Assert.Contains(errors, e => e!.StartsWith("Thời hạn bảo quản là \"vĩnh viễn\""));
        Assert.Contains(errors, e => e!.StartsWith("Chọn người lập hồ sơ"));
        Assert.Contains(errors, e => e!.Contains("'01.TCCB' đã có trong danh mục"));
        Assert.Equal(3, (await agency.Agency.GetJsonAsync(DossierAgency.Clerk, "api/dossiers/catalogue")).GetArrayLength());

        var added = await agency.Agency.PostJsonAsync(DossierAgency.Clerk, "api/dossiers/catalogue", line);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var page = await (await agency.Agency.AsAsync(DossierAgency.Officer)).PageAsync($"{agency.Tenant}/dossiers/catalogue");
        var row = page.QuerySelectorAll("#catalogue tbody tr").Single(r => r.TextContent.Contains("03.TCCB"));
        Assert.Contains("Hồ sơ thi đua khen thưởng", row.TextContent);
        Assert.Contains("20 năm", row.TextContent);
        Assert.NotNull(row.QuerySelector("button.open-dossier"));
        Assert.Null(page.QuerySelector("#catalogue-form"));
        Assert.Single(TenantStores.Rows(fixture.Server, agency.Tenant,
            "SELECT \"Details\" FROM \"AuditEntries\" WHERE \"Action\" = 'dossier.catalogue-added' AND \"Details\" LIKE '%03.TCCB%'"));
    }
}
