using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;
using Portal.Ocr;
using Portal.Testing;
using Portal.Tests.Ocr.Generated;
using Portal.Tests.Ocr.Intake;
using SkiaSharp;
using Portal.Tests.Files;
using Portal.Tests.Incoming;
using Portal.Tests.Support;
using UglyToad.PdfPig;

namespace Portal.Tests.Oversight;

/// <summary>
/// The central office sees every agency's figures and never a word of a document: markers seeded in subjects,
/// notes, attachment bodies, file names and a scan's OCR text appear on no central-office page, API answer or export, and the
/// published figures equal what the agency's own store holds.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class OversightTests(DemoServerFixture fixture)
{
    private PortalTestServer Server => fixture.Server;

    [Fact]
    public async Task Published_figures_equal_the_agencys_own_counts_and_no_document_text_reaches_the_central_office()
    {
        var agency = await IncomingAgency.CreateAsync(Server, "tdtk");
        var markers = Enumerable.Range(0, 4).Select(i => $"MKR{Guid.NewGuid():N}"[..20] + i).ToArray();
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);
        var first = await agency.RegisterAsync(IncomingAgency.Form(("Subject", "V/v " + markers[0]), ("Notes", markers[1]), ("Level", "toi-mat")));
        var late = await agency.RegisterAsync(IncomingAgency.Form(("Subject", "Về việc " + markers[0])));
        // An item in progress past its deadline, written straight into the agency's store (the form refuses a past deadline).
        TenantStores.Execute(Server, agency.Tenant, $"UPDATE \"IncomingDocuments\" SET \"Status\" = 4, \"Deadline\" = '2020-01-01' WHERE \"Id\" = {late}");
        await AttachmentUploads.AttachAsync(clerk, agency.Tenant, first, ($"{markers[2]}.docx", SampleFiles.Docx(markers[3])));
        // A scanned letter whose body carries a marker of its own: read by OCR, its text kept (encrypted) with the document.
        var scanMarker = $"MKR{Random.Shared.Next(10_000_000, 99_999_999)}";
        var letter = LetterSpecs.Create(7_101, Damage.Scan) with { Paragraphs = [$"Đề nghị đối chiếu mã {scanMarker} trong hồ sơ lưu."] };
        using (var bitmap = LetterRenderer.Draw(letter))
        using (var png = bitmap.Encode(SKEncodedImageFormat.Png, 100))
        {
            var scanned = await OcrIntake.RegisterAsync(clerk, agency.Tenant, "ban-quet.png", png.ToArray());
            Assert.Contains(scanMarker, await OcrTextAsync(agency.Tenant, scanned), StringComparison.Ordinal);
        }
        markers = [.. markers, scanMarker];

        var admin = await fixture.Clients.CentralAdminAsync();
        var asked = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"api/oversight/agencies/{agency.Tenant}/ask"));
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);

        var figures = (await JsonAsync(admin, $"api/oversight/agencies/{agency.Tenant}")).GetProperty("figures");
        var counts = figures.GetProperty("counts");
        Assert.Equal(Count(agency, "SELECT COUNT(*) FROM \"IncomingDocuments\""), counts.GetProperty("incoming.total").GetInt64());
        Assert.Equal(3, counts.GetProperty("incoming.total").GetInt64());
        Assert.Equal(Count(agency, "SELECT COUNT(*) FROM \"AspNetUsers\" WHERE NOT \"IsDisabled\""), counts.GetProperty("users").GetInt64());
        Assert.Equal(Count(agency, "SELECT COUNT(*) FROM \"AspNetUsers\" WHERE NOT \"IsDisabled\" AND \"TwoFactorEnabled\""), counts.GetProperty("users.2fa").GetInt64());
        Assert.Equal(Count(agency, "SELECT COALESCE(SUM(\"Length\"), 0) FROM \"VaultFiles\""), counts.GetProperty("storage.bytes").GetInt64());
        Assert.Equal(Count(agency, "SELECT COUNT(*) FROM \"OutgoingDocuments\""), counts.GetProperty("outgoing.total").GetInt64());
        var today = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd");
        Assert.Equal(Count(agency, $"SELECT COUNT(*) FROM \"IncomingDocuments\" WHERE \"Status\" IN (2, 3, 4) AND \"Deadline\" < '{today}'"),
            counts.GetProperty("incoming.overdue").GetInt64());
        Assert.Equal(1, counts.GetProperty("incoming.overdue").GetInt64());
        var byLevel = figures.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("group").GetString() == "Văn bản đến")
            .GroupBy(c => c.GetProperty("column").GetString()).ToDictionary(g => g.Key!, g => g.Sum(c => c.GetProperty("value").GetInt64()));
        Assert.Equal(Count(agency, "SELECT COUNT(*) FROM \"IncomingDocuments\" WHERE \"Level\" = 2"), byLevel["Tối mật"]);
        Assert.Equal(Count(agency, "SELECT COUNT(*) FROM \"IncomingDocuments\" WHERE \"Level\" = 1"), byLevel["Mật"]);

        var seen = await CrawlAsync(admin, ["admin/oversight", $"admin/oversight?parent={agency.Tenant}", $"admin/oversight/agencies/{agency.Tenant}",
            "api/oversight/agencies", $"api/oversight/agencies/{agency.Tenant}", "admin/tenants", $"admin/tenants/{agency.Tenant}"]);
        seen.Add(XlsxText(await BytesAsync(admin, "admin/oversight/export?format=xlsx")));
        seen.Add(PdfText(await BytesAsync(admin, "admin/oversight/export?format=pdf")));
        seen.AddRange(TenantStores.Rows(Server, "Default", "SELECT \"Sheet\" FROM \"OversightFigures\""));
        Assert.Contains(seen, s => s.Contains(agency.Tenant));
        foreach (var marker in markers)
            Assert.DoesNotContain(seen, s => s.Contains(marker, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_agency_that_has_not_published_for_the_silent_limit_shows_as_silent_not_as_zero()
    {
        var agency = await IncomingAgency.CreateAsync(Server, "tdim");
        await agency.RegisterAsync(IncomingAgency.Form());
        var admin = await fixture.Clients.CentralAdminAsync();
        Assert.Equal(HttpStatusCode.Accepted, (await admin.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"api/oversight/agencies/{agency.Tenant}/ask"))).StatusCode);
        var page = await admin.PageAsync($"admin/oversight/agencies/{agency.Tenant}");
        Assert.Equal("dang-su-dung", page.QuerySelector("#agency-facts [data-stage]")!.GetAttribute("data-stage"));
        Assert.StartsWith("1 /", page.QuerySelector("#incoming")!.TextContent.Trim());

        TenantStores.Execute(Server, "Default",
            $"UPDATE \"OversightFigures\" SET \"ComputedUtc\" = '2020-01-01 00:00:00' WHERE \"TenantName\" = '{agency.Tenant}'");
        page = await admin.PageAsync($"admin/oversight/agencies/{agency.Tenant}");
        Assert.Equal("khong-bao-cao", page.QuerySelector("#agency-facts [data-stage]")!.GetAttribute("data-stage"));
        Assert.Equal("— / —", page.QuerySelector("#incoming")!.TextContent.Trim());
        var row = (await admin.PageAsync($"admin/oversight?q={agency.Tenant}")).QuerySelector($"#agencies tr[data-tenant='{agency.Tenant}']")!;
        Assert.Equal("Không báo cáo", row.QuerySelector(".badge")!.TextContent.Trim());
        Assert.Equal("—", row.Children[4].TextContent.Trim());
    }

    [Fact]
    public async Task Only_the_central_office_administrator_sees_the_dashboard()
    {
        var agency = await IncomingAgency.CreateAsync(Server, "tdqt");
        var tenantAdmin = await fixture.Clients.TenantAdminAsync(agency.Tenant);
        Assert.Equal(HttpStatusCode.NotFound, (await tenantAdmin.GetAsync($"{agency.Tenant}/admin/oversight")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tenantAdmin.GetAsync($"{agency.Tenant}/api/oversight/agencies")).StatusCode);
        var admin = await fixture.Clients.CentralAdminAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("admin/oversight/agencies/khong-co-co-quan-nay")).StatusCode);
    }

    private static async Task<JsonElement> JsonAsync(PortalClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<byte[]> BytesAsync(PortalClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<string> OcrTextAsync(string tenant, int documentId)
    {
        var host = Server.Get<TenantHost>();
        return await host.RunAsync((await host.ActivateAsync(tenant))!, s =>
            s.GetRequiredService<IOcrTextSource>().TextAsync("incoming", documentId.ToString(), 100_000, default));
    }

    private long Count(IncomingAgency agency, string sql) => long.Parse(TenantStores.Rows(Server, agency.Tenant, sql).Single());

    /// <summary>Every page reachable from the start pages inside the central office (links and forms' GET targets), their bodies.</summary>
    private static async Task<List<string>> CrawlAsync(PortalClient client, IEnumerable<string> start)
    {
        var queue = new Queue<string>(start);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var bodies = new List<string>();
        while (queue.Count > 0 && visited.Count < 400)
        {
            var path = queue.Dequeue();
            if (!visited.Add(path))
                continue;
            var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            bodies.Add(body);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
                continue;
            var page = await PortalClient.ParseAsync(response);
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                // Central-office pages only: a tenant's own pages are the tenant's, and signing out would end the crawl.
                if (href.StartsWith("/admin/oversight", StringComparison.Ordinal) && !href.Contains("format=", StringComparison.Ordinal))
                    queue.Enqueue(href.TrimStart('/'));
            }
        }
        return bodies;
    }

    private static string XlsxText(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
            text.Append(new StreamReader(entry.Open()).ReadToEnd());
        return text.ToString();
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }
}
