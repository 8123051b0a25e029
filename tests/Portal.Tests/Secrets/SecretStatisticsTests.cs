using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Rendering;
using Portal.Tests.Support;

namespace Portal.Tests.Secrets;

/// <summary>
/// The security officer's yearly statistics of secrets (form 18) over HTTP: counts by level and unit of what was received,
/// copied and declassified in the year, only of documents the officer may see; a page, a PDF and an XLSX, each audited;
/// anyone else gets 404.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class SecretStatisticsTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task The_officer_counts_only_what_he_may_see_on_the_page_and_in_the_prints_and_others_get_404()
    {
        var agency = await SecretAgency.CreateAsync(fixture.Server, "bmthongke");
        var year = SecretAgency.Today.Year;
        var seen = await agency.RegisterAsync(SecretAgency.Today.AddDays(-2), "mat", "11/UBND-TK");
        var hidden = await agency.RegisterAsync(SecretAgency.Today.AddDays(-2), "toi-mat", "12/BQP-TK");
        var clerk = await agency.Agency.AsAsync(DemoAccounts.Clerk);
        foreach (var id in new[] { seen, hidden })
        {
            await AttachmentUploads.AttachAsync(clerk, agency.Tenant, id, ("Bản quét.png", TestImages.Png(120, 160)));
            var download = (await clerk.PageAsync($"{agency.Tenant}/incoming/{id}")).QuerySelector("#attachments a.download-copy")!.GetAttribute("href")!;
            Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(download.TrimStart('/'))).StatusCode);
        }
        await agency.Agency.StepAsync(DemoAccounts.Clerk, seen, "submit", new() { ["leader"] = DemoAccounts.Director });
        await agency.GrantAsync(seen, SecretAgency.SecurityOfficer);
        Assert.Equal(HttpStatusCode.OK, (await agency.DecideAsync(DemoAccounts.Director, seen,
            new { action = "giai-mat", reason = "Đã công bố", decisionNumber = "21/QĐ-SNV" })).StatusCode);

        var officer = await agency.Agency.AsAsync(SecretAgency.SecurityOfficer);
        var page = await officer.PageAsync($"{agency.Tenant}/secrets/statistics");
        var mat = Assert.Single(page.QuerySelectorAll("#statistics tbody tr"));
        Assert.Equal("Mat", mat.GetAttribute("data-level"));
        // Created, received, copied, extended, downgraded, declassified, destroyed.
        Assert.Equal(["0", "1", "1", "0", "0", "1", "0"], mat.QuerySelectorAll("td.num").Select(c => c.TextContent));
        var toiMat = page.QuerySelector("#statistics tfoot tr[data-level=ToiMat]")!;
        Assert.All(toiMat.QuerySelectorAll("th.num"), c => Assert.Equal("0", c.TextContent));
        Assert.DoesNotContain("12/BQP-TK", page.DocumentElement.TextContent);

        var pdf = await officer.GetAsync($"{agency.Tenant}/secrets/statistics/export?year={year}&format=pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = PdfText.Read(await pdf.Content.ReadAsByteArrayAsync()).All;
        Assert.Contains($"Thống kê bí mật nhà nước năm {year}", text);
        Assert.Contains("Tổng cộng Tối mật 0 0 0 0 0 0 0", text);
        Assert.Contains("Tổng cộng Mật 0 1 1 0 0 1 0", text);
        var xlsx = await officer.GetAsync($"{agency.Tenant}/secrets/statistics/export?year={year}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using (var book = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            var cells = book.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
            Assert.Contains("Tiếp nhận (văn bản đến)", cells);
            Assert.Contains("Tổng cộng", cells);
        }

        // Anyone else: no such page, no such print, no menu entry.
        foreach (var other in new[] { DemoAccounts.Clerk, DemoAccounts.Director })
        {
            var client = await agency.Agency.AsAsync(other);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{agency.Tenant}/secrets/statistics")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{agency.Tenant}/secrets/statistics/export?format=xlsx")).StatusCode);
        }
        Assert.Null((await clerk.PageAsync($"{agency.Tenant}/secrets")).QuerySelector("a[href$='/secrets/statistics']"));
        Assert.NotNull(page.QuerySelector("a[href$='/secrets/statistics']"));
        Assert.Equal(["secret.statistics-viewed", "secret.statistics-exported", "secret.statistics-exported"], TenantStores.Rows(fixture.Server, agency.Tenant,
            "SELECT \"Action\" FROM \"AuditEntries\" WHERE \"Action\" LIKE 'secret.statistics-%' ORDER BY \"Position\""));
    }
}
