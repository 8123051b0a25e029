using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Tests.Rendering;
using Portal.Tests.Support;

namespace Portal.Tests.Dossiers;

/// <summary>
/// Closing a dossier, its list of contents in date order as a marked PDF, the 30-day hand-over warning on the
/// dossier list, and the hand-over to the agency archive with its record, over real HTTP.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class DossierClosingTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task A_closed_dossier_prints_its_contents_in_date_order_warns_before_its_deadline_and_is_handed_over_with_a_record()
    {
        var agency = await DossierAgency.CreateAsync(fixture.Server, "hskt");
        var dossier = await agency.OpenAsync(DossierAgency.Clerk, "01.VP");
        var later = await agency.RegisterAsync(DossierAgency.Today.AddDays(-380), subject: "V/v báo cáo công tác bảo vệ bí mật nhà nước");
        var earlier = await agency.RegisterAsync(DossierAgency.Today.AddDays(-400), subject: "V/v kiểm tra công tác bảo vệ bí mật nhà nước");
        foreach (var id in new[] { later, earlier })
            Assert.Equal(HttpStatusCode.OK, (await agency.FileAsync(DossierAgency.Clerk, dossier, "incoming", id)).StatusCode);

        var early = await agency.Agency.PostJsonAsync(DossierAgency.Clerk, $"api/dossiers/{dossier}/hand-over", new { archivist = DossierAgency.Archivist });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Hồ sơ chưa kết thúc", await early.Content.ReadAsStringAsync());
        var tooEarly = await agency.Agency.PostJsonAsync(DossierAgency.Clerk, $"api/dossiers/{dossier}/close",
            new { endDate = DossierAgency.Today.AddDays(-401) });
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        Assert.Contains("Ngày kết thúc phải từ ngày của văn bản sớm nhất", await tooEarly.Content.ReadAsStringAsync());

        // The matter ended 350 days ago: the hand-over deadline (one year on) is 15 days away.
        var closed = await agency.Agency.PostJsonAsync(DossierAgency.Clerk, $"api/dossiers/{dossier}/close", new { endDate = DossierAgency.Today.AddDays(-350) });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("Closed", (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var shown = await agency.Agency.GetJsonAsync(DossierAgency.Clerk, $"api/dossiers/{dossier}");
        Assert.Equal(DossierAgency.Today.AddDays(-350).AddYears(1), DateOnly.Parse(shown.GetProperty("handOverDeadline").GetString()!));
        Assert.Equal([earlier, later], shown.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, (await agency.FileAsync(DossierAgency.Clerk, dossier, "incoming", earlier)).StatusCode);
        Assert.Equal(["2", "6"], TenantStores.Rows(fixture.Server, agency.Tenant,
            $"SELECT \"DocumentTotal\" FROM \"Dossiers\" WHERE \"Id\" = {dossier} UNION ALL SELECT \"PageTotal\" FROM \"Dossiers\" WHERE \"Id\" = {dossier}"));

        var list = await (await agency.Agency.AsAsync(DossierAgency.Clerk)).PageAsync($"{agency.Tenant}/dossiers");
        var row = list.QuerySelector($"#dossiers tr[data-id='{dossier}']")!;
        var days = DossierAgency.Today.AddDays(-350).AddYears(1).DayNumber - DossierAgency.Today.DayNumber;
        Assert.Equal($"Còn {days} ngày đến hạn nộp lưu", row.QuerySelector(".hand-over-warning")!.TextContent.Trim().Split(" (")[0]);

        var pdf = await agency.GetAsync(DossierAgency.Clerk, $"api/dossiers/{dossier}/contents.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = PdfText.Read(await pdf.Content.ReadAsByteArrayAsync());
        Assert.All(text.Pages, page => Assert.StartsWith("MẬT", page.TrimStart()));
        Assert.Contains("MỤC LỤC VĂN BẢN", text.All);
        var all = text.All;
        Assert.True(all.IndexOf("kiểm", StringComparison.Ordinal) is >= 0 and var first && first < all.IndexOf("cáo", StringComparison.Ordinal),
            $"The earlier document is listed first: {all}");

        var notArchivist = await agency.Agency.PostJsonAsync(DossierAgency.Clerk, $"api/dossiers/{dossier}/hand-over", new { archivist = DossierAgency.Officer });
        Assert.Equal(HttpStatusCode.BadRequest, notArchivist.StatusCode);
        Assert.Contains("Chọn người nhận là cán bộ Lưu trữ cơ quan", await notArchivist.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await agency.GetAsync(DossierAgency.Archivist, $"api/dossiers/{dossier}")).StatusCode);
        var handed = await agency.Agency.PostJsonAsync(DossierAgency.Clerk, $"api/dossiers/{dossier}/hand-over", new { archivist = DossierAgency.Archivist });
        Assert.Equal(HttpStatusCode.OK, handed.StatusCode);
        Assert.Null((await handed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("warning").GetString());

        // The archivist now holds the dossier and sees its contents; the record names both sides.
        var received = await agency.Agency.GetJsonAsync(DossierAgency.Archivist, $"api/dossiers/{dossier}");
        Assert.Equal("HandedOver", received.GetProperty("status").GetString());
        var record = await agency.GetAsync(DossierAgency.Archivist, $"api/dossiers/{dossier}/hand-over.pdf");
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        var recordText = PdfText.Read(await record.Content.ReadAsByteArrayAsync());
        Assert.Contains("BIÊN BẢN GIAO NHẬN TÀI LIỆU", recordText.All);
        Assert.Contains("Đỗ Thị Thu", recordText.All);
        Assert.Contains("Nguyễn Thị Lan", recordText.All);
        Assert.All(recordText.Pages, page => Assert.StartsWith("MẬT", page.TrimStart()));

        Assert.Equal(["dossier.closed", "dossier.contents-printed", "dossier.handed-over", "dossier.hand-over-printed"],
            agency.AuditActions(dossier).Where(a => a is not ("dossier.read" or "dossier.opened" or "dossier.document-added")));
    }

    [Fact]
    public async Task The_hand_over_record_counts_only_the_documents_its_reader_may_see()
    {
        // The clerk opens the officer's dossier and files a letter only the clerk may see: the officer sees the dossier, not the letter.
        var agency = await DossierAgency.CreateAsync(fixture.Server, "hsbb");
        var dossier = await agency.OpenAsync(DossierAgency.Clerk, "01.TCCB");
        var letter = await agency.RegisterAsync(DossierAgency.Today.AddDays(-10));
        Assert.Equal(HttpStatusCode.OK, (await agency.FileAsync(DossierAgency.Clerk, dossier, "incoming", letter)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agency.Agency.PostJsonAsync(DossierAgency.Officer, $"api/dossiers/{dossier}/close",
            new { endDate = DossierAgency.Today })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agency.Agency.PostJsonAsync(DossierAgency.Clerk, $"api/dossiers/{dossier}/hand-over",
            new { archivist = DossierAgency.Archivist })).StatusCode);

        // The record's row reads "… documents pages MẬT": the clerk's counts the letter; the officer's, printed from the same dossier, does not.
        var pages = TenantStores.Rows(fixture.Server, agency.Tenant, $"SELECT \"PageTotal\" FROM \"Dossiers\" WHERE \"Id\" = {dossier}").Single();
        Assert.NotEqual("0", pages);
        Assert.Contains($" 1 {pages} MẬT", await RecordAsync(agency, DossierAgency.Clerk, dossier));
        var asOfficer = await RecordAsync(agency, DossierAgency.Officer, dossier);
        Assert.Contains(" 0 0 MẬT", asOfficer);
        Assert.DoesNotContain($" 1 {pages} MẬT", asOfficer);
    }

    private static async Task<string> RecordAsync(DossierAgency agency, string userName, int dossier)
    {
        var record = await agency.GetAsync(userName, $"api/dossiers/{dossier}/hand-over.pdf");
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        return PdfText.Read(await record.Content.ReadAsByteArrayAsync()).All;
    }
}
