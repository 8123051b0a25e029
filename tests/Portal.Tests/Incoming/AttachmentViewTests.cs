using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Rendering;
using Portal.Testing;
using Portal.Tests.Files;
using Portal.Tests.Rendering;
using Portal.Tests.Support;

namespace Portal.Tests.Incoming;

/// <summary>
/// Viewing an attachment in the browser gives a rendered copy with the document's marks and a copy number,
/// recorded and audited like a download, never the original; files that cannot be shown that way get a
/// Vietnamese message and the numbered download instead, and the server goes on serving.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class AttachmentViewTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task A_viewed_pdf_is_a_marked_numbered_copy_in_the_copy_log_and_the_audit_trail()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-xem-tep");
        var id = await agency.RegisterAsync(IncomingAgency.Form(("Level", "mat"), ("Urgency", "hoa-toc")));
        var original = await TwoPagePdfAsync();
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);
        await AttachmentUploads.AttachAsync(clerk, agency.Tenant, id, ("Bản quét công văn.pdf", original), ("Ảnh chụp.png", TestImages.Png(600, 800)));
        var files = await FileLinksAsync(clerk, agency.Tenant, id);

        var response = await clerk.GetAsync(files["Bản quét công văn.pdf"] + "/view");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var number = long.Parse(response.Headers.GetValues("X-Copy-Number").Single());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.NotEqual(original, bytes);
        var copy = PdfText.Read(bytes);
        Assert.Equal(2, copy.Pages.Count);
        foreach (var page in copy.Pages)
        {
            Assert.Contains("MẬT", page);
            Assert.Contains("HỎA TỐC", page);
            Assert.Contains($"Bản số {number}", page);
            Assert.Contains("Bản xem của Nguyễn Thị Lan lúc", page);
        }
        // The original's own text is in the page images, not in the copy's text layer.
        Assert.DoesNotContain("Nội dung gốc trang hai", copy.All);

        var scan = await clerk.GetAsync(files["Ảnh chụp.png"] + "/view");
        Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        var scanNumber = long.Parse(scan.Headers.GetValues("X-Copy-Number").Single());
        Assert.Equal(number + 1, scanNumber);
        var scanText = PdfText.Read(await scan.Content.ReadAsByteArrayAsync());
        Assert.Single(scanText.Pages);
        Assert.Contains($"Bản số {scanNumber}", scanText.All);

        var logged = TenantStores.Rows(fixture.Server, agency.Tenant, $"SELECT \"Id\" FROM \"CopyLog\" WHERE \"DocumentKind\" = 'incoming' AND \"DocumentId\" = {id}").Select(long.Parse);
        Assert.Superset(new HashSet<long> { number, scanNumber }, logged.ToHashSet());
        var trail = (await (await agency.AsAsync("baomat")).PageAsync($"{agency.Tenant}/admin/audit?Action=incoming.viewed")).QuerySelector("#audit")!.TextContent;
        Assert.Contains($"Bản số {number} (xem trên trình duyệt, 2 trang): Bản quét công văn.pdf", trail);
        Assert.Contains($"Bản số {scanNumber} (xem trên trình duyệt, 1 trang): Ảnh chụp.png", trail);

        var api = await clerk.GetAsync($"{agency.Tenant}/api/incoming/files/{files["Ảnh chụp.png"].Split('/').Last()}/view");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(scanNumber + 1, long.Parse(api.Headers.GetValues("X-Copy-Number").Single()));
    }

    [Fact]
    public async Task Someone_not_on_the_list_gets_the_same_404_as_for_a_missing_file()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-xem-cam");
        var id = await agency.RegisterAsync(IncomingAgency.Form());
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);
        await AttachmentUploads.AttachAsync(clerk, agency.Tenant, id, ("Ảnh.png", TestImages.Png(200, 300)));
        var view = (await FileLinksAsync(clerk, agency.Tenant, id))["Ảnh.png"] + "/view";
        var fileId = view.Split('/')[^2];

        foreach (var outsider in new[] { "luutru", "chuyenvien2", DemoAccounts.Director })
        {
            var client = await agency.AsAsync(outsider);
            var hidden = await client.GetAsync(view);
            var missing = await client.GetAsync($"{agency.Tenant}/incoming/files/{Guid.NewGuid()}/view");
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Equal(await missing.Content.ReadAsStringAsync(), await hidden.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{agency.Tenant}/api/incoming/files/{fileId}/view")).StatusCode);
        }
        Assert.Empty(TenantStores.Rows(fixture.Server, agency.Tenant, $"SELECT \"Id\" FROM \"CopyLog\" WHERE \"DocumentKind\" = 'incoming' AND \"DocumentId\" = {id}"));
    }

    [Fact]
    public async Task A_broken_pdf_or_a_tiff_gets_a_message_offering_the_numbered_download_and_the_server_goes_on()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-xem-hong");
        var id = await agency.RegisterAsync(IncomingAgency.Form());
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);
        await AttachmentUploads.AttachAsync(clerk, agency.Tenant, id, ("Hỏng.pdf", SampleFiles.Pdf), ("Rác.pdf", [.. SampleFiles.PdfPrefix, .. new byte[50_000]]),
            ("Bản quét.tif", SampleFiles.Tiff), ("Phụ lục.docx", SampleFiles.Docx()), ("Ảnh.png", TestImages.Png(100, 100)));
        var files = await FileLinksAsync(clerk, agency.Tenant, id);

        foreach (var (name, reason) in new[]
                 {
                     ("Hỏng.pdf", "Không hiển thị được tệp PDF này"), ("Rác.pdf", "Không hiển thị được tệp PDF này"),
                     ("Bản quét.tif", "Tệp định dạng TIFF chưa xem được trên trình duyệt"), ("Phụ lục.docx", "Tệp định dạng DOCX chưa xem được trên trình duyệt"),
                 })
        {
            var response = await clerk.GetAsync(files[name] + "/view");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var page = await PortalClient.ParseAsync(response);
            Assert.Contains(reason, page.QuerySelector("#view-reason")!.TextContent);
            Assert.Equal(files[name], new Uri(new Uri("http://x/"), page.QuerySelector<IHtmlAnchorElement>("#download-copy")!.GetAttribute("href")!).AbsolutePath.TrimStart('/'));
            var api = await clerk.GetAsync($"{agency.Tenant}/api/incoming/files/{files[name].Split('/').Last()}/view");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, api.StatusCode);
            Assert.Contains(reason, await api.Content.ReadAsStringAsync());
        }
        // Nothing was viewed, so no number was taken; the server still makes copies.
        Assert.Empty(TenantStores.Rows(fixture.Server, agency.Tenant, $"SELECT \"Id\" FROM \"CopyLog\" WHERE \"DocumentKind\" = 'incoming' AND \"DocumentId\" = {id}"));
        var fine = await clerk.GetAsync(files["Ảnh.png"] + "/view");
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        Assert.Equal("application/pdf", fine.Content.Headers.ContentType?.MediaType);
    }

    private async Task<byte[]> TwoPagePdfAsync() =>
        await fixture.Server.Get<IPdfRenderer>().RenderAsync(new PdfRequest(
            "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head><body style=\"font-size:28pt\">"
            + "<p>Nội dung gốc trang một</p><p style=\"break-before:page\">Nội dung gốc trang hai</p></body></html>"), CancellationToken.None);

    /// <summary>The download address of each attachment on the document's page, by file name (tenant-relative, as a client asks for it).</summary>
    private static async Task<Dictionary<string, string>> FileLinksAsync(PortalClient client, string tenant, int id)
    {
        var page = await client.PageAsync($"{tenant}/incoming/{id}");
        return page.QuerySelectorAll<IHtmlAnchorElement>("#attachments a.download-copy")
            .ToDictionary(a => a.TextContent, a => a.GetAttribute("href")!.TrimStart('/'));
    }
}
