using System.Net;
using Portal.Rendering;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Rendering;
using Portal.Tests.Support;

namespace Portal.Tests.Dossiers;

/// <summary>
/// A dossier exported to one PDF over real HTTP: cover, list of contents, then each document's pages in date order, the
/// dossier's level on every page; only what the reader may see; audited; 404 to someone who may not see the dossier.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class DossierPdfTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task A_dossier_exports_to_one_pdf_with_its_documents_pages_in_date_order_marked_on_every_page()
    {
        var agency = await DossierAgency.CreateAsync(fixture.Server, "hspdf");
        var dossier = await agency.OpenAsync(DossierAgency.Clerk, "01.TCCB");
        var later = await agency.RegisterAsync(DossierAgency.Today.AddDays(-3), subject: "V/v báo cáo công tác bảo vệ bí mật nhà nước");
        var earlier = await agency.RegisterAsync(DossierAgency.Today.AddDays(-9), subject: "V/v kiểm tra công tác bảo vệ bí mật nhà nước");
        var clerk = await agency.Agency.AsAsync(DossierAgency.Clerk);
        var twoPages = await fixture.Server.Get<IPdfRenderer>().RenderAsync(new PdfRequest(
            "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head><body><p>Trang một</p><p style=\"break-before:page\">Trang hai</p></body></html>"),
            CancellationToken.None);
        await AttachmentUploads.AttachAsync(clerk, agency.Tenant, earlier, ("Bản quét.pdf", twoPages));
        await AttachmentUploads.AttachAsync(clerk, agency.Tenant, later, ("Ảnh chụp.png", TestImages.Png(300, 420)));
        // Filed later one first: the export orders by the documents' dates, not by filing.
        foreach (var id in new[] { later, earlier })
            Assert.Equal(HttpStatusCode.OK, (await agency.FileAsync(DossierAgency.Clerk, dossier, "incoming", id)).StatusCode);
        var numbers = (await agency.Agency.GetJsonAsync(DossierAgency.Clerk, $"api/dossiers/{dossier}")).GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetInt32(), d => d.GetProperty("numberSymbol").GetString()!);

        var response = await agency.GetAsync(DossierAgency.Clerk, $"api/dossiers/{dossier}/dossier.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var pdf = PdfText.Read(await response.Content.ReadAsByteArrayAsync());
        // Cover, contents, the earlier document's two pages, the later one's single page.
        Assert.Equal(5, pdf.Pages.Count);
        Assert.Contains("HỒ SƠ", pdf.Pages[0]);
        Assert.Contains("01.TCCB", pdf.Pages[0]);
        Assert.Contains("MỤC LỤC VĂN BẢN", pdf.Pages[1]);
        // Numbers wrap in their narrow column: the dates show the order.
        var (first, second) = (pdf.Pages[1].IndexOf(DossierAgency.Today.AddDays(-9).ToString("dd/MM/yyyy"), StringComparison.Ordinal),
            pdf.Pages[1].IndexOf(DossierAgency.Today.AddDays(-3).ToString("dd/MM/yyyy"), StringComparison.Ordinal));
        Assert.True(first >= 0 && first < second, pdf.Pages[1]);
        Assert.Contains($"Văn bản 1/2: số {numbers[earlier]}", pdf.Pages[2]);
        Assert.Contains("trang 1/2", pdf.Pages[2]);
        Assert.Contains($"Văn bản 1/2: số {numbers[earlier]}", pdf.Pages[3]);
        Assert.Contains("trang 2/2", pdf.Pages[3]);
        Assert.Contains($"Văn bản 2/2: số {numbers[later]}", pdf.Pages[4]);
        Assert.Contains("trang 1/1", pdf.Pages[4]);
        Assert.All(pdf.Pages, page => Assert.Contains("MẬT", page));
        // The original's own text is in the page images, never copied out as text.
        Assert.DoesNotContain("Trang hai", pdf.All);

        // The officer sees the dossier but neither document: cover and an empty list only; someone else gets 404.
        var officers = PdfText.Read(await (await agency.GetAsync(DossierAgency.Officer, $"api/dossiers/{dossier}/dossier.pdf")).Content.ReadAsByteArrayAsync());
        Assert.Equal(2, officers.Pages.Count);
        Assert.DoesNotContain(numbers[earlier], officers.All);
        Assert.Equal(HttpStatusCode.NotFound, (await agency.GetAsync("chuyenvien2", $"api/dossiers/{dossier}/dossier.pdf")).StatusCode);
        Assert.Equal(2, agency.AuditActions(dossier).Count(a => a == "dossier.pdf-exported"));
    }
}
