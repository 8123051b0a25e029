using System.Net;
using System.Xml.Linq;
using Portal.Tests.Support;

namespace Portal.Tests.Dossiers;

/// <summary>
/// A dossier exported to XML with the metadata of Phụ lục VI (DOMAIN.md §1.10) over real HTTP: its documents in date order,
/// only those the reader may see (also in the totals), 404 to someone who may not see the dossier, and each export audited.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class DossierXmlTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task A_dossier_exports_to_xml_in_date_order_with_only_what_the_reader_may_see()
    {
        // The clerk opens the officer's dossier; the officer is on the dossier's list but not on the clerk's documents' lists.
        var agency = await DossierAgency.CreateAsync(fixture.Server, "hsxml");
        var dossier = await agency.OpenAsync(DossierAgency.Clerk, "01.TCCB");
        var later = await agency.RegisterAsync(DossierAgency.Today.AddDays(-3), subject: "V/v báo cáo công tác bảo vệ bí mật nhà nước");
        var earlier = await agency.RegisterAsync(DossierAgency.Today.AddDays(-9), subject: "V/v kiểm tra công tác bảo vệ bí mật nhà nước");
        foreach (var id in new[] { later, earlier })
            Assert.Equal(HttpStatusCode.OK, (await agency.FileAsync(DossierAgency.Clerk, dossier, "incoming", id)).StatusCode);

        var response = await agency.GetAsync(DossierAgency.Clerk, $"api/dossiers/{dossier}/export.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var file = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal("File", file.Name.LocalName);
        Assert.Equal("01.TCCB", file.Element("FileCode")!.Element("FileNotation")!.Value);
        Assert.Equal(DossierAgency.Today.Year.ToString(), file.Element("FileCode")!.Element("FileCatalog")!.Value);
        Assert.Equal("Hạn chế: MẬT", file.Element("Rights")!.Value);
        Assert.Equal("2", file.Element("DocTotal")!.Value);
        var documents = file.Element("Documents")!.Elements("Document").ToList();
        Assert.Equal(["1", "2"], documents.Select(d => d.Element("DocOrdinal")!.Value));
        Assert.Equal(["V/v kiểm tra công tác bảo vệ bí mật nhà nước", "V/v báo cáo công tác bảo vệ bí mật nhà nước"],
            documents.Select(d => d.Element("Subject")!.Value));
        Assert.Equal(DossierAgency.Today.AddDays(-9).ToString("yyyy-MM-dd"), documents[0].Element("IssuedDate")!.Value);
        foreach (var field in new[] { "TypeName", "CodeNumber", "CodeNotation", "OrganName", "Language", "PageAmount" })
            Assert.NotNull(documents[0].Element(field));

        // The officer sees the dossier but neither document: an export with nothing in it, totals included.
        var officer = XDocument.Parse(await (await agency.GetAsync(DossierAgency.Officer, $"api/dossiers/{dossier}/export.xml")).Content.ReadAsStringAsync()).Root!;
        Assert.Equal("0", officer.Element("DocTotal")!.Value);
        Assert.Equal("0", officer.Element("PageTotal")!.Value);
        Assert.Empty(officer.Element("Documents")!.Elements());
        Assert.Equal(HttpStatusCode.NotFound, (await agency.GetAsync("chuyenvien2", $"api/dossiers/{dossier}/export.xml")).StatusCode);
        Assert.Equal(2, agency.AuditActions(dossier).Count(a => a == "dossier.exported"));
    }
}
