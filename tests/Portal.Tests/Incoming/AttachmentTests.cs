using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Testing;
using Portal.Tests.Files;
using Portal.Tests.Support;

namespace Portal.Tests.Incoming;

/// <summary>Scans and DOCX files go into the vault with the document; every download is a numbered, audited copy for those on its list only.</summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class AttachmentTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task Attached_files_download_as_numbered_audited_copies_for_the_list_only()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-tep");
        var id = await agency.RegisterAsync(IncomingAgency.Form());
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);

        var attached = await AttachmentUploads.SendAsync(clerk, agency.Tenant, id, ("Bản quét công văn.pdf", SampleFiles.Pdf), ("Phụ lục.docx", SampleFiles.Docx()));
        Assert.Equal(HttpStatusCode.Redirect, attached.StatusCode);
        var page = await clerk.PageAsync($"{agency.Tenant}/incoming/{id}");
        var links = page.QuerySelectorAll<IHtmlAnchorElement>("#attachments a.download-copy").ToList();
        Assert.Equal(["Bản quét công văn.pdf", "Phụ lục.docx"], links.Select(l => l.TextContent));
        var scan = links[0].GetAttribute("href")!;

        var first = await clerk.GetAsync(scan);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(SampleFiles.Pdf, await first.Content.ReadAsByteArrayAsync());
        var second = await clerk.GetAsync(scan);
        var numbers = new[] { first, second }.Select(r => long.Parse(r.Headers.GetValues("X-Copy-Number").Single())).ToList();
        Assert.Equal(numbers[0] + 1, numbers[1]);

        var outsider = await agency.AsAsync("luutru");
        var hidden = await outsider.GetAsync(scan);
        var missing = await outsider.GetAsync($"{agency.Tenant}/incoming/files/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await hidden.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await AttachmentUploads.SendAsync(outsider, agency.Tenant, id, ("x.pdf", SampleFiles.Pdf))).StatusCode);

        var trail = await (await agency.AsAsync("baomat")).PageAsync($"{agency.Tenant}/admin/audit?Action=incoming.copied");
        Assert.Contains($"Bản số {numbers[1]}: Bản quét công văn.pdf", trail.QuerySelector("#audit")!.TextContent);
    }

    [Fact]
    public async Task A_file_whose_name_lies_about_its_type_is_refused_and_nothing_is_attached()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-tep-gia");
        var id = await agency.RegisterAsync(IncomingAgency.Form());
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);

        var response = await AttachmentUploads.SendAsync(clerk, agency.Tenant, id, ("Công văn.pdf", "MZ\u0090\0 không phải PDF"u8.ToArray()));

        var page = await clerk.PageAsync(response.Headers.Location!.OriginalString);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector(".alert-error")?.TextContent));
        Assert.NotNull(page.QuerySelector("#attachments-empty"));
    }

    [Fact]
    public async Task Hostile_file_names_sent_by_a_browser_are_shown_and_offered_safe_and_write_nothing_outside_the_vault()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-ten-tep");
        var id = await agency.RegisterAsync(IncomingAgency.Form());
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);
        var hostile = new (string Sent, string Shown)[]
        {
            ("../../../../tmp/portal-passwd.pdf", "portal-passwd.pdf"),
            ("tệp\u0007\u001b[31m.pdf", "tệp[31m.pdf"),
            ("hóa đơn\u202Efdp.pdf", "hóa đơnfdp.pdf"),
            (new string('ệ', 10_000) + ".pdf", new string('ệ', 251) + ".pdf"),
        };

        var attached = await AttachmentUploads.SendAsync(clerk, agency.Tenant, id, hostile.Select(h => (h.Sent, SampleFiles.Pdf)).ToArray());

        Assert.Equal(HttpStatusCode.Redirect, attached.StatusCode);
        var page = await clerk.PageAsync($"{agency.Tenant}/incoming/{id}");
        var links = page.QuerySelectorAll<IHtmlAnchorElement>("#attachments a.download-copy").ToList();
        Assert.Equal(hostile.Select(h => h.Shown).Order(), links.Select(l => l.TextContent).Order());
        foreach (var link in links)
        {
            var download = await clerk.GetAsync(link.GetAttribute("href")!);
            var offered = download.Content.Headers.ContentDisposition!;
            Assert.Matches(@"^Ban-so-\d+-", offered.FileNameStar);
            Assert.EndsWith(link.TextContent, offered.FileNameStar);
            Assert.Equal(SampleFiles.Pdf, await download.Content.ReadAsByteArrayAsync());
        }
        Assert.False(File.Exists("/tmp/portal-passwd.pdf"));
        Assert.Empty(Directory.EnumerateFiles(fixture.Server.DataFolder, "*passwd*", SearchOption.AllDirectories));
    }
}
