using System.Net;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Incoming;

/// <summary>
/// The whole path over real HTTP: the clerk registers a Mật document, the leader directs it, the lead
/// handler completes it, and each step is on the timeline and in the audit trail; nobody else sees it.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class IncomingFlowTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task Clerk_registers_leader_directs_and_the_lead_handler_completes()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-den");
        var id = await agency.RegisterAsync(IncomingAgency.Form(("Subject", "V/v bảo vệ bí mật nhà nước trong kỳ bầu cử")));
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);
        var page = await clerk.PageAsync($"{agency.Tenant}/incoming/{id}");
        Assert.Contains("1/", page.QuerySelector("#stamp")!.TextContent);
        Assert.Equal("MẬT", page.QuerySelector(".mark-classification")!.TextContent);
        Assert.Equal("KHẨN", page.QuerySelector(".mark-urgency")!.TextContent);

        page = await agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });
        Assert.Equal("Chờ cho ý kiến", page.QuerySelector("#status")!.TextContent);
        var leader = await agency.AsAsync(DemoAccounts.Director);
        var waiting = await leader.PageAsync($"{agency.Tenant}/incoming/awaiting-direction");
        Assert.NotNull(waiting.QuerySelector($"#documents tr[data-id='{id}']"));

        var deadline = DateTime.UtcNow.AddHours(7).AddDays(5).ToString("yyyy-MM-dd");
        page = await agency.StepAsync(DemoAccounts.Director, id, "direct", new()
        {
            ["Direction"] = "Giao phòng Tổ chức cán bộ chủ trì, báo cáo trước hạn.",
            ["LeadHandler"] = "truongphong", ["CoHandlers"] = DemoAccounts.Officer, ["ForInformation"] = "phogiamdoc", ["Deadline"] = deadline,
        });
        Assert.Equal("Đã giao xử lý", page.QuerySelector("#status")!.TextContent);
        Assert.Contains("Đặng Quốc Huy", page.QuerySelector("#lead")!.TextContent);

        // The unit head passes it on to the officer of the unit, who completes it.
        await agency.StepAsync("truongphong", id, "pass-on", new() { ["handler"] = DemoAccounts.Officer, ["note"] = "Đồng chí Mai xử lý." });
        var officer = await agency.AsAsync(DemoAccounts.Officer);
        var mine = await officer.PageAsync($"{agency.Tenant}/incoming/mine");
        Assert.NotNull(mine.QuerySelector($"#documents tr[data-id='{id}']"));
        await agency.StepAsync(DemoAccounts.Officer, id, "start", []);
        page = await agency.StepAsync(DemoAccounts.Officer, id, "complete", new() { ["result"] = "Đã rà soát, báo cáo số 15/BC-TCCB." });
        Assert.Equal("Đã xử lý", page.QuerySelector("#status")!.TextContent);

        var steps = page.QuerySelectorAll("#timeline tbody tr").Select(r => r.GetAttribute("data-action")).ToList();
        Assert.Equal(["incoming.registered", "incoming.submitted", "incoming.directed", "incoming.passed-on", "incoming.started", "incoming.completed"], steps);
        Assert.Null((await officer.PageAsync($"{agency.Tenant}/incoming/mine")).QuerySelector($"#documents tr[data-id='{id}']"));
        var done = await leader.PageAsync($"{agency.Tenant}/incoming/done");
        Assert.NotNull(done.QuerySelector($"#documents tr[data-id='{id}']"));

        var security = await agency.AsAsync("baomat");
        var trail = await security.PageAsync($"{agency.Tenant}/admin/audit?Action=incoming.directed");
        // The trail names the people; the leader's words stay on the timeline, which a destruction can erase.
        Assert.Contains("Xử lý chính: Đặng Quốc Huy", trail.QuerySelector("#audit")!.TextContent);
        Assert.DoesNotContain("Giao phòng Tổ chức cán bộ chủ trì", trail.QuerySelector("#audit")!.TextContent);
    }

    [Fact]
    public async Task Someone_not_on_the_list_sees_nothing_in_lists_counts_or_by_address()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-an");
        var id = await agency.RegisterAsync(IncomingAgency.Form());
        await agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });

        // luutru is cleared for Mật but not on the list; chuyenvien2 has no clearance; quantri administers accounts only.
        foreach (var outsider in new[] { "luutru", "chuyenvien2", DemoAccounts.TenantAdmin, "phogiamdoc" })
        {
            var client = await agency.AsAsync(outsider);
            var missing = await client.GetAsync($"{agency.Tenant}/incoming/{id + 1000}");
            var hidden = await client.GetAsync($"{agency.Tenant}/incoming/{id}");
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.Equal(await missing.Content.ReadAsStringAsync(), await hidden.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{agency.Tenant}/api/incoming/{id}")).StatusCode);
            var step = await client.PostAsync($"{agency.Tenant}/incoming/{id}/cancel", new Dictionary<string, string> { ["reason"] = "x" });
            Assert.Equal(HttpStatusCode.NotFound, step.StatusCode);

            var counts = await agency.GetJsonAsync(outsider, "api/incoming/counts");
            Assert.All(counts.EnumerateObject(), c => Assert.Equal(0, c.Value.GetInt32()));
            foreach (var view in new[] { "mine", "awaiting-direction", "in-progress", "registered", "directed" })
            {
                var list = await client.PageAsync($"{agency.Tenant}/incoming/{view}");
                Assert.NotNull(list.QuerySelector("#documents-empty"));
                Assert.All(list.QuerySelectorAll("#counts .tile-value"), t => Assert.Equal("0", t.TextContent));
            }
        }
        var leader = await agency.GetJsonAsync(DemoAccounts.Director, "api/incoming/counts");
        Assert.Equal(1, leader.GetProperty("awaiting-direction").GetInt32());
    }

    [Fact]
    public async Task An_addressee_only_envelope_is_opened_by_its_addressee_alone()
    {
        var agency = await IncomingAgency.CreateAsync(fixture.Server, "xa-boc-bi");
        var form = IncomingAgency.Form(("AddresseeOnly", "true"), ("Addressee", "truongphong"), ("Subject", ""), ("DocumentType", ""));
        var clerk = await agency.AsAsync(DemoAccounts.Clerk);
        var registered = await clerk.SubmitAsync($"{agency.Tenant}/incoming/new", form, "/incoming/new");
        // The clerk may not open what they registered: the form comes back, not the document's page.
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.EndsWith("/incoming/new", registered.Headers.Location!.OriginalString);
        var addresseeList = await (await agency.AsAsync("truongphong")).PageAsync($"{agency.Tenant}/incoming/mine");
        var id = int.Parse(addresseeList.QuerySelectorAll("#documents tr[data-id]")
            .Single(r => r.TextContent.Contains(form["NumberSymbol"])).GetAttribute("data-id")!);

        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"{agency.Tenant}/incoming/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await agency.AsAsync(DemoAccounts.Director)).GetAsync($"{agency.Tenant}/incoming/{id}")).StatusCode);
        var register = await clerk.PageAsync($"{agency.Tenant}/incoming/register");
        Assert.Contains("Chỉ người có tên mới được bóc bì: Đặng Quốc Huy", register.QuerySelector("#register")!.TextContent);

        var addressee = await agency.AsAsync("truongphong");
        var mine = await addressee.PageAsync($"{agency.Tenant}/incoming/mine");
        Assert.NotNull(mine.QuerySelector($"#documents tr[data-id='{id}']"));
        var page = await agency.StepAsync("truongphong", id, "complete", new() { ["result"] = "Đã nhận, lưu giữ theo quy định." });
        Assert.Equal("Đã xử lý", page.QuerySelector("#status")!.TextContent);
    }
}
