using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using Portal.Testing;

namespace Portal.Tests.Search;

/// <summary>
/// The result list exported to PDF (printed by the renderer's Chromium) and DOCX (WordprocessingML), laid out as a
/// list of documents (number, date, agency, type and subject, level) under the mark of the highest level among
/// its rows: opened as a reader opens them (pdftotext; the DOCX unzipped and its XML read), they hold the rows the
/// user may see and no other, hostile text stays text, and each export is in the audit trail.
/// </summary>
[Collection(SearchServerCollection.Name)]
[Trait("Database", "Sqlite")]
public sealed class ExportListTests(SearchServerFixture fixture)
{
    private const string Formula = "=HYPERLINK(\"http://example.invalid/\",\"Bấm\")";
    private const string Script = "<script>alert('x')</script>";

    private static readonly CorpusDocument[] Shown =
    [
        new("11863/VPCP-KSTT", "Công văn", "Văn phòng Chính phủ", "2025-03-12", "V/v bảo mật thông tin trong kiểm soát thủ tục hành chính"),
        new("301/KH-SNV", "Kế hoạch", "Sở Nội vụ tỉnh Nghệ An", "2025-02-14", "Kế hoạch bảo vệ bí mật nhà nước năm 2025"),
        new("7/TN-XUAT", "Công văn", "@SUM(A1:A9)", "2025-02-02", $"{Formula} bảo {Script}"),
    ];

    /// <summary>Matching the same query, never sent to the director; one Tối mật, which must not raise the mark of his list.</summary>
    private static readonly CorpusDocument[] Hidden =
    [
        new("999/VPCP-MAT", "Chỉ thị", "Bộ Quốc phòng", "2022-08-08", "Chỉ thị về bảo mật tuyệt đối", "", "toi-mat"),
        new("998/VPCP-MAT", "Công văn", "Văn phòng Chính phủ", "2025-03-13", "V/v bảo mật thông tin nội bộ"),
    ];

    [Fact]
    public async Task The_pdf_lists_the_users_documents_only_under_the_highest_mark_of_its_rows_and_is_audited()
    {
        var (agency, director) = await AgencyAsync("xuat-pdf", DemoAccounts.Director);

        var pdf = await ExportAsync(director, agency, "pdf", "application/pdf");
        var text = PdfToText(pdf);

        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf[..4]));
        foreach (var d in Shown)
            Assert.Contains(Squeezed(d.Number), text);
        foreach (var d in Hidden)
            Assert.DoesNotContain(Squeezed(d.Number), text);
        Assert.DoesNotContain("tuyệtđối", text);
        Assert.DoesNotContain("nộibộ", text);
        Assert.Contains("MẬT", text);
        Assert.DoesNotContain("TỐIMẬT", text);
        Assert.Contains("Danhmụcvănbản", text);
        foreach (var heading in new[] { "Số, ký hiệu", "Cơ quan ban hành", "Độ mật" })
            Assert.Contains(Squeezed(heading), text);
        // The hostile subject is printed as the text it is (the HTML was encoded, so no script and no markup ran); a cell that
        // looks like a formula is neutralised as in a spreadsheet, in case the list is copied into one.
        Assert.Contains("'@SUM(A1:A9)", text);
        Assert.Contains("alert('x')", text);
        Assert.Contains("<script>", text);
        Assert.Contains("12/03/2025", text);
        await AuditedAsync(agency, "3 văn bản, xuất ra PDF");
    }

    [Fact]
    public async Task The_docx_lists_the_users_documents_only_with_the_mark_and_hostile_text_as_plain_text_and_is_audited()
    {
        var (agency, director) = await AgencyAsync("xuat-docx", DemoAccounts.Director);

        var docx = await ExportAsync(director, agency, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using var zip = new ZipArchive(new MemoryStream(docx));
        var body = await EntryAsync(zip, "word/document.xml");
        var headers = string.Join("\n", await Task.WhenAll(zip.Entries.Where(e => e.FullName.StartsWith("word/header", StringComparison.Ordinal))
            .Select(e => EntryAsync(zip, e.FullName))));
        var all = string.Join("\n", await Task.WhenAll(zip.Entries.Select(e => EntryAsync(zip, e.FullName))));

        foreach (var d in Shown)
            Assert.Contains(d.Number, body);
        foreach (var d in Hidden)
            Assert.DoesNotContain(d.Number, all);
        Assert.DoesNotContain("tuyệt đối", all);
        Assert.Contains(">MẬT<", body);
        Assert.Contains(">MẬT<", headers);
        Assert.DoesNotContain("TỐI MẬT", all);
        Assert.Contains("<w:tblHeader", body);
        foreach (var heading in new[] { "Số, ký hiệu", "Ngày, tháng văn bản", "Cơ quan ban hành", "Tên loại và trích yếu nội dung", "Độ mật" })
            Assert.Contains(">" + heading + "<", body);
        // Plain runs only: a formula-looking cell is neutralised, markup is escaped text, and nothing is a field or a link.
        Assert.Contains(">'@SUM(A1:A9)<", body);
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt;", body);
        Assert.DoesNotContain("<script", all);
        foreach (var active in new[] { "w:fldSimple", "w:instrText", "w:hyperlink", "w:altChunk", "TargetMode=\"External\"" })
            Assert.DoesNotContain(active, all);
        Assert.Contains("12/03/2025", body);
        await AuditedAsync(agency, "3 văn bản, xuất ra DOCX");
    }

    [Fact]
    public async Task A_list_holding_a_toi_mat_row_is_marked_toi_mat()
    {
        var (agency, clerk) = await AgencyAsync("xuat-toi-mat", DemoAccounts.Clerk);

        var text = PdfToText(await ExportAsync(clerk, agency, "pdf", "application/pdf"));
        using var zip = new ZipArchive(new MemoryStream(await ExportAsync(clerk, agency, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")));

        Assert.Contains("TỐIMẬT", text);
        Assert.Contains("999/VPCP-MAT", text);
        Assert.Contains(">TỐI MẬT<", await EntryAsync(zip, "word/document.xml"));
    }

    [Fact]
    public async Task An_unknown_format_is_refused()
    {
        var clerk = await fixture.Corpus.Agency.AsAsync(DemoAccounts.Clerk);
        var response = await clerk.GetAsync($"{fixture.Corpus.Tenant}/search/export?format=exe&q=mat");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>An agency holding the documents shown to the director and those hidden from him, and the person who exports.</summary>
    private async Task<(SearchAgency Agency, PortalClient Client)> AgencyAsync(string stem, string userName)
    {
        var agency = await SearchAgency.CreateAsync(fixture.Server, stem);
        await agency.RegisterAsync(Shown, DemoAccounts.Director);
        await agency.RegisterAsync(Hidden);
        return (agency, await agency.Agency.AsAsync(userName));
    }

    /// <summary>The export of "bảo" in the format; a Tối mật list first asks for the second factor again.</summary>
    private static async Task<byte[]> ExportAsync(PortalClient client, SearchAgency agency, string format, string mediaType)
    {
        var path = $"{agency.Tenant}/search/export?q={Uri.EscapeDataString("bảo")}&format={format}";
        var response = await client.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/step-up"))
        {
            var stepped = await client.StepUpAsync(agency.Tenant, DemoAccounts.Clerk, "/" + path);
            response = await client.GetAsync(stepped.Headers.Location!.OriginalString);
        }
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task AuditedAsync(SearchAgency agency, string what)
    {
        var security = await agency.Agency.AsAsync("baomat");
        var trail = await security.PageAsync($"{agency.Tenant}/admin/audit?Action=search.exported");
        Assert.Contains(what, trail.QuerySelector("#audit")!.TextContent);
    }

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static async Task<string> EntryAsync(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return await reader.ReadToEndAsync();
    }

    /// <summary>
    /// The PDF's text as poppler's pdftotext reads it in the order it is drawn (a cell's lines together), without spaces and
    /// line breaks (a narrow cell wraps its text anywhere).
    /// </summary>
    private static string PdfToText(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"portal-export-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-raw", "-enc", "UTF-8", file, "-" })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
            return Squeezed(text);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
