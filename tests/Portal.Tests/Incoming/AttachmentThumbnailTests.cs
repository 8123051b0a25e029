using System.Buffers.Binary;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Rendering;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Incoming;

/// <summary>
/// Thumbnails of attachments: made from the untrusted file by the isolated worker (a scan's page scaled down, a
/// PDF's first page drawn), kept encrypted in the vault, shown on the document's page and in the lists, served
/// through the access check (the same 404 as a missing file for anyone else) and audited each time; a
/// decompression bomb gets no thumbnail but a Vietnamese reason, and the page goes on working.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class AttachmentThumbnailTests(DemoServerFixture fixture)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task A_scan_and_a_pdf_get_small_png_thumbnails_kept_encrypted_shown_on_the_page_and_list_and_audited()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-thu-nho");
        var id = await agency.RegisterAsync(IncomingAgency.Form());
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);
        var pdf = await fixture.Server.Get<IPdfRenderer>().RenderAsync(new PdfRequest(
            "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head><body><h1>Công văn mật</h1></body></html>"), CancellationToken.None);
        await AttachmentUploads.AttachAsync(clerk, agency.Tenant, id, ("Bản quét.png", TestImages.Png(1200, 1600)), ("Công văn.pdf", pdf));

        var page = await clerk.PageAsync($"{agency.Tenant}/incoming/{id}");
        var images = page.QuerySelectorAll<IHtmlImageElement>("#attachments img.thumbnail").Select(i => i.GetAttribute("src")!.TrimStart('/')).ToList();
        Assert.Equal(2, images.Count);
        foreach (var address in images)
        {
            var response = await clerk.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
            var png = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(PngSignature, png[..8]);
            var (width, height) = (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
            Assert.InRange(Math.Max(width, height), 100, 240);
            // Made once and kept: the second look is the stored PNG.
            Assert.Equal(png, await (await clerk.GetAsync(address)).Content.ReadAsByteArrayAsync());
        }

        var thumbnails = TenantStores.Rows(fixture.Server, agency.Tenant,
            $"SELECT \"ThumbnailFileId\" FROM \"IncomingAttachments\" WHERE \"DocumentId\" = {id}").Select(Guid.Parse).ToList();
        Assert.Equal(2, thumbnails.Count);
        var vault = Path.Combine(TenantFiles.Folder(fixture.Server.DataFolder, agency.Tenant), "files");
        foreach (var thumbnail in thumbnails)
        {
            var blob = await File.ReadAllBytesAsync(Directory.GetFiles(vault, thumbnail.ToString("N") + ".blob", SearchOption.AllDirectories).Single());
            Assert.True(blob.AsSpan().IndexOf(PngSignature) < 0, "The thumbnail is stored in the clear.");
        }

        var list = await clerk.PageAsync($"{agency.Tenant}/incoming/registered");
        var row = list.QuerySelector($"#documents tr[data-id='{id}']")!;
        Assert.Equal(images[0], row.QuerySelector<IHtmlImageElement>("img.thumbnail")!.GetAttribute("src")!.TrimStart('/'));

        var trail = (await (await agency.AsAsync("baomat")).PageAsync($"{agency.Tenant}/admin/audit?Action=incoming.thumbnail-viewed")).QuerySelector("#audit")!;
        var rows = trail.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count(r => r.Contains("Ảnh thu nhỏ: Bản quét.png")));
        Assert.Equal(2, rows.Count(r => r.Contains("Ảnh thu nhỏ: Công văn.pdf")));
    }

    [Fact]
    public async Task Someone_not_on_the_list_gets_the_same_404_as_for_a_missing_file()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-thu-nho-cam");
        var id = await agency.RegisterAsync(IncomingAgency.Form());
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);
        await AttachmentUploads.AttachAsync(clerk, agency.Tenant, id, ("Ảnh.png", TestImages.Png(300, 400)));
        var address = (await clerk.PageAsync($"{agency.Tenant}/incoming/{id}")).QuerySelector<IHtmlImageElement>("#attachments img.thumbnail")!
            .GetAttribute("src")!.TrimStart('/');
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(address)).StatusCode);

        foreach (var outsider in new[] { "luutru", "chuyenvien2", DemoAccounts.Director })
        {
            var client = await agency.AsAsync(outsider);
            var hidden = await client.GetAsync(address);
            var missing = await client.GetAsync($"{agency.Tenant}/api/incoming/files/{Guid.NewGuid()}/thumbnail");
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Equal(await missing.Content.ReadAsStringAsync(), await hidden.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_decompression_bomb_gets_no_thumbnail_but_a_reason_and_the_page_goes_on()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-thu-nho-bom");
        var id = await agency.RegisterAsync(IncomingAgency.Form());
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);
        var bomb = TestImages.Declaring(100_000, 100_000);
        Assert.True(bomb.Length < 1 << 20);
        await AttachmentUploads.AttachAsync(clerk, agency.Tenant, id, ("Bom.png", bomb), ("Ảnh thật.png", TestImages.Png(300, 400)));
        // The page makes the thumbnails before it is drawn: the real image's is shown, the bomb's reason in its place.
        var page = await clerk.PageAsync($"{agency.Tenant}/incoming/{id}");
        var image = Assert.Single(page.QuerySelectorAll<IHtmlImageElement>("#attachments img.thumbnail")).GetAttribute("src")!.TrimStart('/');
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(image)).StatusCode);
        Assert.Contains("bom giải nén", page.QuerySelector("#attachments .thumbnail-note")!.TextContent);

        // Asked for all the same, the bomb's thumbnail is refused with the kept reason, and the worker is not asked again.
        var bombFile = page.QuerySelectorAll<IHtmlAnchorElement>("#attachments a.download-copy").Single(a => a.TextContent == "Bom.png")
            .GetAttribute("href")!.TrimStart('/').Replace($"{agency.Tenant}/incoming/files/", "", StringComparison.Ordinal);
        var refused = await clerk.GetAsync($"{agency.Tenant}/api/incoming/files/{bombFile}/thumbnail");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("bom giải nén", await refused.Content.ReadAsStringAsync());
        Assert.Contains("Bom.png", page.QuerySelector("#attachments")!.TextContent);
        Assert.Empty(TenantStores.Rows(fixture.Server, agency.Tenant,
            $"SELECT \"ThumbnailFileId\" FROM \"IncomingAttachments\" WHERE \"FileName\" = 'Bom.png' AND \"ThumbnailFileId\" IS NOT NULL"));
    }
}
