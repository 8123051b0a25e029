using System.Net;
using System.Text;
using Portal.Testing;
using Portal.Tests.Rendering;
using Portal.Tests.Support;

namespace Portal.Tests.Incoming;

/// <summary>
/// The registers printed to PDF and exported to XLSX and CSV over real HTTP, for those who keep them only,
/// each recorded in the audit trail; the work lists exported with what the person may see and nothing else.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class RegisterPrintTests(DemoServerFixture fixture)
{
    private const string Formula = "=cmd|' /C calc'!A0";

    [Fact]
    public async Task The_incoming_register_prints_its_columns_and_rows_with_heading_mark_and_page_numbers()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-in-so");
        await agency.RegisterAsync(IncomingAgency.Form(("Subject", "V/v kiểm tra công tác bảo vệ bí mật nhà nước quý IV"), ("NumberSymbol", "15/CV-CA")));
        var hidden = await agency.RegisterAsync(IncomingAgency.Form(("Level", "toi-mat"), ("Subject", "V/v phương án bảo vệ mục tiêu trọng yếu"),
            ("NumberSymbol", "7/PA-BCH")));
        await agency.RegisterAsync(IncomingAgency.Form(("Sender", Formula), ("NumberSymbol", "@SUM(A1)")));
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);

        var response = await clerk.GetAsync($"{agency.Tenant}/incoming/register/print?book=BMNN-DEN");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var pdf = PdfText.Read(await response.Content.ReadAsByteArrayAsync());
        var text = pdf.All;
        Assert.All(pdf.Sizes, s => Assert.True(s.Width > s.Height, "12 columns print on landscape A4"));
        Assert.Contains("SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐẾN", text);
        Assert.Contains($"XÃ {agency.Tenant.ToUpperInvariant()}", text);
        foreach (var heading in new[] { "Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Tên loại và trích yếu", "Độ mật", "Số lượng bản", "Ký nhận", "Ghi chú" })
            Assert.All(heading.Split(' '), word => Assert.Contains(word, text));
        // A cell's text wraps, and the reader takes the lines of a row across its cells: its words are looked for one by one.
        AssertWords("V/v kiểm tra công tác bảo vệ bí mật nhà nước quý IV", text);
        AssertWords("15/CV-CA 7/PA-BCH (không ghi trích yếu)", text);
        Assert.All(new[] { "phương", "tiêu", "trọng" }, word => Assert.DoesNotContain(word, text.Split(' ')));
        AssertWords("Tối mật", text);
        // A Mật subject shows, so every page bears the mark, the page number and who printed it.
        for (var i = 0; i < pdf.Pages.Count; i++)
        {
            Assert.Contains("MẬT", pdf.Pages[i]);
            Assert.Contains($"Trang {i + 1}/{pdf.Pages.Count}", pdf.Pages[i]);
            Assert.Contains("In bởi Nguyễn Thị Lan (vanthu)", pdf.Pages[i]);
        }
        Assert.True(hidden > 0);

        var trail = await (await agency.AsAsync("baomat")).PageAsync($"{agency.Tenant}/admin/audit?Action=incoming.register-printed");
        Assert.Contains("Sổ đăng ký bí mật nhà nước đến từ", trail.QuerySelector("#audit")!.TextContent);
        Assert.Contains("in ra PDF", trail.QuerySelector("#audit")!.TextContent);
    }

    private static void AssertWords(string expected, string text)
    {
        var words = text.Split(' ', '\n').ToHashSet();
        Assert.All(expected.Split(' '), word => Assert.Contains(word, words));
    }

    [Fact]
    public async Task The_hand_over_book_prints_the_hand_overs_of_the_range()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-in-cg");
        var id = await agency.RegisterAsync(IncomingAgency.Form(("NumberSymbol", "31/CV-UBND")));
        await agency.StepAsync(DemoAccounts.Clerk, id, "hand-over", new() { ["recipient"] = "Phòng Tổ chức cán bộ", ["note"] = "Bản gốc giấy" });
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);

        var response = await clerk.GetAsync($"{agency.Tenant}/incoming/register/print?book=BMNN-CG");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = PdfText.Read(await response.Content.ReadAsByteArrayAsync()).All;
        Assert.Contains("SỔ CHUYỂN GIAO BÍ MẬT NHÀ NƯỚC", text);
        AssertWords("Phòng Tổ chức cán bộ", text);
        AssertWords("31/CV-UBND", text);
        Assert.Contains("Người giao", text);
        Assert.Contains("Nguyễn Thị Lan", text);
    }

    [Fact]
    public async Task The_register_exports_to_xlsx_and_csv_with_formulas_neutralised()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-xuat-so");
        await agency.RegisterAsync(IncomingAgency.Form(("Sender", Formula), ("NumberSymbol", "+84/CV"), ("Subject", "-1+1 và @ tổng hợp")));
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);

        var xlsx = await clerk.GetAsync($"{agency.Tenant}/incoming/register/export?book=BMNN-DEN&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", xlsx.Content.Headers.ContentDisposition?.DispositionType);
        var sheet = SheetRows.Read(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["MẬT"], sheet.Texts(1));
        Assert.StartsWith("Sổ đăng ký bí mật nhà nước đến", sheet.Texts(2)[0]);
        Assert.Equal(["Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu", "Độ mật", "Số lượng bản",
            "Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú"], sheet.Texts(5));
        var row = sheet.Texts(6);
        Assert.Equal("1", row[1]);
        Assert.Equal("'" + Formula, row[2]);
        Assert.Equal("'+84/CV", row[3]);
        Assert.Equal("Công văn: -1+1 và @ tổng hợp", row[5]);
        Assert.Equal("Mật", row[6]);
        Assert.All(sheet.Rows.Values.SelectMany(r => r), c => Assert.Null(c.CellFormula));

        var csv = await clerk.GetAsync($"{agency.Tenant}/incoming/register/export?book=BMNN-DEN&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Contains(lines, l => l.StartsWith("\"Ngày đến\",\"Số đến\",\"Tác giả\"", StringComparison.Ordinal));
        var entry = Assert.Single(lines, l => l.Contains("+84/CV", StringComparison.Ordinal));
        Assert.Contains("\"'=cmd|' /C calc'!A0\"", entry);
        Assert.Contains("\"'+84/CV\"", entry);
        Assert.DoesNotContain(",\"=", string.Join("\n", lines));

        var trail = (await (await agency.AsAsync("baomat")).PageAsync($"{agency.Tenant}/admin/audit?Action=incoming.register-exported"))
            .QuerySelector("#audit")!.TextContent;
        Assert.Contains("xuất ra XLSX", trail);
        Assert.Contains("xuất ra CSV", trail);
    }

    [Fact]
    public async Task Only_those_who_keep_the_register_print_or_export_it()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-so-cam");
        await agency.RegisterAsync(IncomingAgency.Form());

        foreach (var user in new[] { DemoAccounts.Officer, DemoAccounts.Director, "luutru", "chuyenvien2", DemoAccounts.TenantAdmin })
        {
            var client = await agency.AsAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{agency.Tenant}/incoming/register/print")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{agency.Tenant}/incoming/register/export?format=xlsx")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{agency.Tenant}/api/incoming/register/print")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{agency.Tenant}/api/incoming/register/export?format=csv")).StatusCode);
        }

        // The security officer keeps the register too; through the API as well.
        var security = await agency.AsAsync("baomat");
        var printed = await security.GetAsync($"{agency.Tenant}/api/incoming/register/print?book=BMNN-DEN");
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        Assert.Equal("application/pdf", printed.Content.Headers.ContentType?.MediaType);
        var exported = await security.GetAsync($"{agency.Tenant}/api/incoming/register/export?book=BMNN-DEN&format=csv");
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        var wrong = await security.GetAsync($"{agency.Tenant}/api/incoming/register/export?format=ods");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("xlsx hoặc csv", await wrong.Content.ReadAsStringAsync());
        var backwards = await security.GetAsync($"{agency.Tenant}/api/incoming/register/print?from=2026-03-01&to=2026-02-01");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("Ngày cuối phải từ ngày đầu trở đi.", await backwards.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_list_exports_what_its_person_may_see_and_nothing_else()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-xuat-ds");
        var id = await agency.RegisterAsync(IncomingAgency.Form(("Sender", Formula), ("NumberSymbol", "88/CV-XA"), ("Subject", "V/v giao ban an ninh")));
        await agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });

        var clerk = await agency.AsAsync(DemoAccounts.Clerk);
        var registered = await clerk.GetAsync($"{agency.Tenant}/incoming/registered/export?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var sheet = SheetRows.Read(await registered.Content.ReadAsByteArrayAsync());
        Assert.Equal(["MẬT"], sheet.Texts(1));
        Assert.Equal(["Văn bản đến — Văn bản đã vào sổ"], sheet.Texts(2));
        var row = sheet.Texts(6);
        Assert.Equal(["'" + Formula, "88/CV-XA", "Công văn V/v giao ban an ninh", "Mật", "Khẩn"], row.Skip(2).Take(5));

        var leader = await agency.AsAsync(DemoAccounts.Director);
        var mine = await leader.GetAsync($"{agency.Tenant}/incoming/mine/export?format=csv");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        var csv = Encoding.UTF8.GetString((await mine.Content.ReadAsByteArrayAsync())[3..]);
        Assert.Contains("\"88/CV-XA\"", csv);
        Assert.Contains("\"'=cmd|' /C calc'!A0\"", csv);

        var overdue = await agency.GetJsonAsync(DemoAccounts.Director, "api/incoming/counts");
        Assert.Equal(0, overdue.GetProperty("overdue").GetInt32());
        var api = await leader.GetAsync($"{agency.Tenant}/api/incoming/export?view=awaiting-direction&format=csv");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("88/CV-XA", await api.Content.ReadAsStringAsync());

        foreach (var outsider in new[] { "luutru", "chuyenvien2", DemoAccounts.Officer })
        {
            var client = await agency.AsAsync(outsider);
            foreach (var view in new[] { "mine", "registered", "awaiting-direction", "directed", "overdue", "due-soon" })
            {
                var export = await client.GetAsync($"{agency.Tenant}/incoming/{view}/export?format=csv");
                Assert.Equal(HttpStatusCode.OK, export.StatusCode);
                var text = Encoding.UTF8.GetString((await export.Content.ReadAsByteArrayAsync())[3..]);
                Assert.DoesNotContain("88/CV-XA", text);
                Assert.DoesNotContain("giao ban", text);
                Assert.DoesNotContain("MẬT", text);
                Assert.Contains(": 0 văn bản.", text);
            }
        }
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"{agency.Tenant}/incoming/everything/export?format=csv")).StatusCode);

        var trail = (await (await agency.AsAsync("baomat")).PageAsync($"{agency.Tenant}/admin/audit?Action=incoming.list-exported"))
            .QuerySelector("#audit")!.TextContent;
        Assert.Contains("Văn bản đã vào sổ: 1 văn bản, xuất ra XLSX", trail);
        Assert.Contains("Chờ cho ý kiến: 1 văn bản, xuất ra CSV", trail);
    }
}
