using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Portal.Testing;
using Portal.Tests.Calendar;
using Portal.Tests.Incoming;
using Portal.Tests.Outgoing;
using Portal.Tests.Rendering;
using Portal.Tests.Support;

namespace Portal.Tests.Reports;

/// <summary>
/// Báo cáo thống kê over HTTP on the server set around Tết 2027: a leader's report counts and lists only the documents
/// the leader may open, overdue is counted in working days (Tết does not count), the printed report bears the highest
/// level it lists on every page, and nobody but a leader finds the pages.
/// </summary>
[Collection(TetServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class LeaderReportTests(TetServerFixture fixture)
{
    private const string Deputy = "phogiamdoc";
    private const string February = "reports?from=2027-02-01&to=2027-02-28";

    [Fact]
    public async Task A_leader_sees_only_what_he_may_open_and_overdue_in_working_days_after_Tet()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "baocao");
        var marker = $"MKR{Guid.NewGuid():N}"[..20];
        var waiting = await agency.RegisterAsync(IncomingAgency.Form(("Level", "toi-mat"), ("Deadline", "2027-02-04")));
        await agency.StepAsync(DemoAccounts.Clerk, waiting, "submit", new() { ["leader"] = DemoAccounts.Director });
        var assigned = await agency.RegisterAsync(IncomingAgency.Form());
        await agency.StepAsync(DemoAccounts.Clerk, assigned, "submit", new() { ["leader"] = DemoAccounts.Director });
        await agency.StepAsync(DemoAccounts.Director, assigned, "direct", new()
            { ["Direction"] = "Giao chủ trì.", ["LeadHandler"] = DemoAccounts.Officer, ["Deadline"] = "2027-02-04" });
        // Submitted to the deputy: the director takes no part in it, so it is in no figure or row of his.
        var others = await agency.RegisterAsync(IncomingAgency.Form(("Subject", "V/v " + marker), ("Level", "toi-mat"), ("Deadline", "2027-02-04")));
        await agency.StepAsync(DemoAccounts.Clerk, others, "submit", new() { ["leader"] = Deputy });

        var director = await agency.AsAsync(DemoAccounts.Director);
        var duringTet = await fixture.AtAsync(new DateTime(2027, 2, 9, 10, 0, 0), () => director.PageAsync($"{agency.Tenant}/{February}"));
        Assert.Equal("2", duringTet.QuerySelector("#registered-total")!.TextContent);
        Assert.Null(duringTet.QuerySelector("#overdue"));
        Assert.Empty(Rows(duringTet, "#overdue-by-person"));
        var tetPdf = await fixture.AtAsync(new DateTime(2027, 2, 9, 10, 0, 0), () => PdfAsync(director, agency));
        Assert.DoesNotContain("MẬT", tetPdf.All);

        var after = await fixture.AtAsync(new DateTime(2027, 2, 12, 9, 0, 0), () => director.PageAsync($"{agency.Tenant}/{February}"));
        Assert.Equal([waiting.ToString(), assigned.ToString()], after.QuerySelectorAll("#overdue tbody tr").Select(r => r.GetAttribute("data-id")!));
        // Deadline Thursday 4; Friday 5 to Wednesday 10 are days off: Thursday 11 and Friday 12 are the two working days late.
        Assert.All(after.QuerySelectorAll("#overdue .days-late"), cell => Assert.Equal("2", cell.TextContent));
        Assert.Equal(["(Chưa thuộc đơn vị):1", "Phòng Tổ chức cán bộ:1"], Rows(after, "#overdue-by-unit"));
        Assert.Equal(2, Rows(after, "#overdue-by-person").Count);
        Assert.DoesNotContain(marker, after.DocumentElement.OuterHtml);

        var pdf = await fixture.AtAsync(new DateTime(2027, 2, 12, 9, 0, 0), () => PdfAsync(director, agency));
        Assert.All(pdf.Pages, page => Assert.StartsWith("TỐI MẬT", page.TrimStart()));
        Assert.Contains("BÁO CÁO TÌNH HÌNH XỬ LÝ VĂN BẢN ĐẾN", pdf.All);
        Assert.DoesNotContain(marker, pdf.All);

        // The deputy, who holds it, finds it in his own report.
        var deputy = await fixture.AtAsync(new DateTime(2027, 2, 12, 9, 0, 0), async () =>
            await (await agency.AsAsync(Deputy)).PageAsync($"{agency.Tenant}/{February}"));
        Assert.Equal("1", deputy.QuerySelector("#registered-total")!.TextContent);
        Assert.Contains(marker, deputy.QuerySelector("#overdue")!.TextContent);

        var trail = TenantStores.Rows(fixture.Server, agency.Tenant,
            "SELECT \"Action\" FROM \"AuditEntries\" WHERE \"Action\" IN ('report.viewed', 'report.printed')");
        Assert.Equal(3, trail.Count(a => a == "report.viewed"));
        Assert.Equal(2, trail.Count(a => a == "report.printed"));
    }

    [Fact]
    public async Task Handling_times_are_counted_in_working_days_by_the_lead_handlers_unit()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xuly");
        var id = await agency.RegisterAsync(IncomingAgency.Form());
        await agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });
        await agency.StepAsync(DemoAccounts.Director, id, "direct", new()
            { ["Direction"] = "Giao chủ trì.", ["LeadHandler"] = DemoAccounts.Officer, ["Deadline"] = "2027-02-04" });
        // Registered Wednesday 3, done Thursday 11 after Tết: one working day (4) before the holiday and one (11) after, late.
        await fixture.AtAsync(new DateTime(2027, 2, 11, 9, 0, 0), async () =>
        {
            await agency.StepAsync(DemoAccounts.Officer, id, "start", []);
            return await agency.StepAsync(DemoAccounts.Officer, id, "complete", new() { ["result"] = "Đã báo cáo." });
        });

        var page = await (await agency.AsAsync(DemoAccounts.Director)).PageAsync($"{agency.Tenant}/{February}");
        var unit = page.QuerySelector("#handling tr[data-unit='Phòng Tổ chức cán bộ']")!;
        Assert.Equal(("1", "2", "1"), (unit.QuerySelector(".count")!.TextContent, unit.QuerySelector(".median")!.TextContent, unit.QuerySelector(".late")!.TextContent));
    }

    [Fact]
    public async Task The_published_overdue_figure_counts_working_days()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "tdqh");
        var id = await agency.RegisterAsync(IncomingAgency.Form(("Deadline", "2027-02-04")));
        await agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });
        var admin = await fixture.Clients.CentralAdminAsync();

        Assert.Equal(0, await fixture.AtAsync(new DateTime(2027, 2, 9, 10, 0, 0), () => PublishedOverdueAsync(admin, agency)));
        Assert.Equal(1, await fixture.AtAsync(new DateTime(2027, 2, 11, 8, 30, 0), () => PublishedOverdueAsync(admin, agency)));
    }

    [Fact]
    public async Task Outgoing_documents_are_counted_by_state_for_the_leader_who_takes_part_in_them()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "baocaodi");
        var outgoing = new OutgoingAgency(agency);
        await outgoing.AwaitingSignatureAsync(OutgoingAgency.Draft());
        // Drafted by the officer and not yet sent on: the director takes no part in it.
        await outgoing.CreateAsync(OutgoingAgency.Draft());
        var today = DateTime.UtcNow.AddHours(7);
        var period = $"reports?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}";

        var director = await (await agency.AsAsync(DemoAccounts.Director)).PageAsync($"{agency.Tenant}/{period}");
        Assert.Equal("1", director.QuerySelector("#outgoing-total")!.TextContent);
        Assert.Equal("1", director.QuerySelector("#outgoing-by-state tr[data-state='Chờ ký'] td:nth-child(2)")!.TextContent);
        var deputy = await (await agency.AsAsync(Deputy)).PageAsync($"{agency.Tenant}/{period}");
        Assert.Equal("0", deputy.QuerySelector("#outgoing-total")!.TextContent);
        var print = await (await agency.AsAsync(DemoAccounts.Director)).GetAsync($"{agency.Tenant}/reports/print?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}");
        Assert.Contains("Văn bản đi soạn trong kỳ theo trạng thái", PdfText.Read(await print.Content.ReadAsByteArrayAsync()).All);
    }

    [Fact]
    public async Task Nobody_but_a_leader_finds_the_reports()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "kobc");
        foreach (var user in new[] { DemoAccounts.Officer, "chuyenvien2", DemoAccounts.Clerk, "baomat" })
        {
            var client = await agency.AsAsync(user);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{agency.Tenant}/reports")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{agency.Tenant}/reports/print")).StatusCode);
            Assert.DoesNotContain("Báo cáo văn bản đến", (await client.PageAsync($"{agency.Tenant}/")).QuerySelector("nav[aria-label='Menu chính']")!.TextContent);
        }
        var leader = await agency.AsAsync("truongphong");
        Assert.Contains("Báo cáo văn bản đến", (await leader.PageAsync($"{agency.Tenant}/")).QuerySelector("nav[aria-label='Menu chính']")!.TextContent);
        var refused = await leader.GetAsync($"{agency.Tenant}/reports?from=2027-02-10&to=2027-02-01");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Ngày cuối kỳ báo cáo phải từ ngày đầu kỳ trở đi.", Pages.FormErrors(await PortalClient.ParseAsync(refused)));
    }

    private static List<string> Rows(IDocument page, string table) =>
        [.. page.QuerySelectorAll($"{table} tbody tr[data-name]").Select(r => $"{r.GetAttribute("data-name")}:{r.QuerySelector(".count")!.TextContent}")];

    private static async Task<PdfText> PdfAsync(PortalClient client, IncomingAgency agency)
    {
        var response = await client.GetAsync($"{agency.Tenant}/reports/print?from=2027-02-01&to=2027-02-28");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return PdfText.Read(await response.Content.ReadAsByteArrayAsync());
    }

    private static async Task<long> PublishedOverdueAsync(PortalClient admin, IncomingAgency agency)
    {
        Assert.Equal(HttpStatusCode.Accepted, (await admin.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"api/oversight/agencies/{agency.Tenant}/ask"))).StatusCode);
        var figures = await (await admin.GetAsync($"api/oversight/agencies/{agency.Tenant}")).Content.ReadFromJsonAsync<JsonElement>();
        return figures.GetProperty("figures").GetProperty("counts").GetProperty("incoming.overdue").GetInt64();
    }
}
