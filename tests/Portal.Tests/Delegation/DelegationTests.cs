using System.Net;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Outgoing;
using Portal.Tests.Rendering;
using Portal.Tests.Support;

namespace Portal.Tests.Delegation;

/// <summary>
/// Absence and delegation over HTTP: the director marks an absence naming the deputy director; while it is in force a
/// new incoming document submitted to the director and an outgoing one sent for the director's signature go to the
/// deputy, whose signature block reads KT.; the timeline and the audit trail name both people.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class DelegationTests(DemoServerFixture fixture)
{
    private const string Deputy = "phogiamdoc";
    private const string DirectorName = "Hoàng Văn Minh";
    private const string DeputyName = "Nguyễn Thị Hồng Nhung";

    [Fact]
    public async Task During_the_absence_a_submitted_document_goes_to_the_deputy_and_both_people_are_recorded()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "vang-den");
        await MarkAsync(agency, DemoAccounts.Director, Deputy, "SignsFor");
        var id = await agency.RegisterAsync(IncomingAgency.Form());

        var page = await agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });
        Assert.Contains(DeputyName, page.QuerySelector("#timeline")!.TextContent);
        Assert.Contains($"thay {DirectorName} vắng mặt", page.QuerySelector("#timeline")!.TextContent);
        var director = await agency.AsAsync(DemoAccounts.Director);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"{agency.Tenant}/incoming/{id}")).StatusCode);
        var waiting = await (await agency.AsAsync(Deputy)).PageAsync($"{agency.Tenant}/incoming/awaiting-direction");
        Assert.NotNull(waiting.QuerySelector($"#documents tr[data-id='{id}']"));

        page = await agency.StepAsync(Deputy, id, "direct", new()
        {
            ["Direction"] = "Giao phòng Tổ chức cán bộ chủ trì.", ["LeadHandler"] = DemoAccounts.Officer, ["Deadline"] = "",
        });
        Assert.Equal("Đã giao xử lý", page.QuerySelector("#status")!.TextContent);
        var directed = page.QuerySelector("#timeline tr[data-action='incoming.directed']")!.TextContent;
        Assert.Contains(DeputyName, directed);
        Assert.Contains($"thay {DirectorName}", directed);

        var trail = await (await agency.AsAsync("baomat")).PageAsync($"{agency.Tenant}/admin/audit?Action=incoming.directed");
        Assert.Contains($"thay {DirectorName}", trail.QuerySelector("#audit")!.TextContent);
        var marked = await (await agency.AsAsync("baomat")).PageAsync($"{agency.Tenant}/admin/audit?Action=delegation.absence-marked");
        Assert.Contains($"{DeputyName} (KT.) thay {DirectorName}", marked.QuerySelector("#audit")!.TextContent);
    }

    [Fact]
    public async Task A_document_sent_for_the_absent_directors_signature_is_signed_by_the_deputy_with_KT()
    {
        var outgoing = new OutgoingAgency(await IncomingAgency.CreateAsync(fixture.Server, "vang-di"));
        await MarkAsync(outgoing.Agency, DemoAccounts.Director, Deputy, "SignsFor");
        var id = await outgoing.AwaitingSignatureAsync(OutgoingAgency.Draft());

        var page = await (await outgoing.Agency.AsAsync(Deputy)).PageAsync($"{outgoing.Tenant}/outgoing/{id}");
        Assert.Equal("KT. GIÁM ĐỐC", page.QuerySelector("#preview .quyen-han")!.TextContent.Trim());
        Assert.Equal("PHÓ GIÁM ĐỐC", page.QuerySelector("#preview .chuc-vu")!.TextContent.Trim());
        Assert.Equal(DeputyName, page.QuerySelector("#preview .nguoi-ky")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await outgoing.StepAsync(DemoAccounts.Director, id, "sign")).StatusCode);

        await outgoing.StepUpAsync(Deputy);
        await outgoing.StepOkAsync(Deputy, id, "sign");
        page = await (await outgoing.Agency.AsAsync(Deputy)).PageAsync($"{outgoing.Tenant}/outgoing/{id}");
        var signed = page.QuerySelectorAll("#timeline li").Last().TextContent;
        Assert.Contains(DeputyName, signed);
        Assert.Contains($"thay {DirectorName} vắng mặt", signed);
        var pdf = PdfText.Read(await outgoing.PdfAsync(Deputy, id)).All;
        Assert.Contains("KT. GIÁM ĐỐC", pdf);
        Assert.Contains(DeputyName, pdf);
    }

    [Fact]
    public async Task An_authorisation_names_its_scope_and_period_and_a_cancelled_absence_routes_to_the_leader_again()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "vang-uq");
        var refused = await MarkAsync(agency, DemoAccounts.Director, "vanthu", "Authorised", expect: HttpStatusCode.BadRequest);
        Assert.Contains("Ủy quyền (TUQ.) phải có văn bản ủy quyền", refused);
        refused = await MarkAsync(agency, DemoAccounts.Director, DemoAccounts.Officer, "SignsFor", expect: HttpStatusCode.BadRequest);
        Assert.Contains("Chọn người thay", refused);
        var officer = await agency.AsAsync(DemoAccounts.Officer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"{agency.Tenant}/absence")).StatusCode);

        await MarkAsync(agency, DemoAccounts.Director, "vanthu", "Authorised",
            ("Reference", "Giấy ủy quyền số 05/GUQ-SNV"), ("Scope", "Ký văn bản về công tác văn thư"));
        var director = await agency.AsAsync(DemoAccounts.Director);
        var page = await director.PageAsync($"{agency.Tenant}/absence");
        var row = page.QuerySelector("#absences tbody tr")!;
        Assert.Contains("TUQ. GIÁM ĐỐC", row.TextContent);
        Assert.Contains("Giấy ủy quyền số 05/GUQ-SNV — Ký văn bản về công tác văn thư", row.TextContent);
        Assert.Equal("Đang có hiệu lực", row.QuerySelector(".state")!.TextContent);
        var absence = row.GetAttribute("data-id");

        // Nobody else can cancel it: someone else's absence answers as if it did not exist.
        var deputy = await agency.AsAsync(Deputy);
        var forged = await deputy.PostAsync($"{agency.Tenant}/absence/{absence}/cancel",
            (await deputy.PageAsync($"{agency.Tenant}/absence")).QuerySelectorAll("#mark-absence input[type=hidden]")
                .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);

        var cancelled = await director.SubmitAsync($"{agency.Tenant}/absence", new Dictionary<string, string>(), $"/absence/{absence}/cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var id = await agency.RegisterAsync(IncomingAgency.Form());
        await agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync($"{agency.Tenant}/incoming/{id}")).StatusCode);
    }

    /// <summary>Marks an absence from today for three days through the form; returns the page's text when refused.</summary>
    private static async Task<string> MarkAsync(IncomingAgency agency, string leader, string deputy, string kind,
        params (string Key, string Value)[] more) => await MarkAsync(agency, leader, deputy, kind, HttpStatusCode.Redirect, more);

    private static async Task<string> MarkAsync(IncomingAgency agency, string leader, string deputy, string kind, HttpStatusCode expect,
        params (string Key, string Value)[] more)
    {
        var today = DateTime.UtcNow.AddHours(7);
        var values = new Dictionary<string, string>
        {
            ["From"] = today.ToString("yyyy-MM-dd"), ["To"] = today.AddDays(3).ToString("yyyy-MM-dd"), ["Deputy"] = deputy, ["Kind"] = kind,
        };
        foreach (var (key, value) in more)
            values[key] = value;
        var response = await (await agency.AsAsync(leader)).SubmitAsync($"{agency.Tenant}/absence", values, "/absence");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expect, $"{response.StatusCode}: {text}");
        return text;
    }
}
