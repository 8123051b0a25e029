using System.Net;
using Portal.Testing;
using Portal.Tests.Dossiers;
using Portal.Tests.Identity;
using Portal.Tests.Incoming;
using Portal.Tests.Outgoing;
using Portal.Tests.Support;

namespace Portal.Tests.Departure;

/// <summary>
/// An officer leaves: she leads an incoming document, has an outgoing draft and keeps a dossier. The administrator cannot
/// disable her account until her unit head has handed every item to someone else and she has signed the undertaking;
/// each item then answers 404 to her and opens for the receiver, who is told of each document now in her care, and the
/// audit trail names both people.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class DepartureTests(DemoServerFixture fixture)
{
    private const string Officer = DemoAccounts.Officer;
    private const string UnitHead = "truongphong";
    private const string OfficerName = "Vũ Thị Mai";
    private const string UnitHeadName = "Đặng Quốc Huy";

    [Fact]
    public async Task Every_item_is_handed_over_and_only_then_with_the_undertaking_can_the_account_be_disabled()
    {
        var dossiers = await DossierAgency.CreateAsync(fixture.Server, "bg-thoi-viec");
        var agency = dossiers.Agency;
        var incomingForm = IncomingAgency.Form();
        var incomingNumber = incomingForm["NumberSymbol"];
        var incoming = await agency.RegisterAsync(incomingForm);
        await agency.StepAsync(DemoAccounts.Clerk, incoming, "submit", new() { ["leader"] = DemoAccounts.Director });
        await agency.StepAsync(DemoAccounts.Director, incoming, "direct", new()
        {
            ["Direction"] = "Giao phòng Tổ chức cán bộ chủ trì.", ["LeadHandler"] = Officer, ["Deadline"] = "",
        });
        var draft = await new OutgoingAgency(agency).CreateAsync(OutgoingAgency.Draft());
        var dossier = await dossiers.OpenAsync(Officer, "01.TCCB");
        string[] paths = [$"incoming/{incoming}", $"api/outgoing/{draft}", $"api/dossiers/{dossier}"];

        var refused = await DisableAsync(agency);
        Assert.Contains($"Chưa vô hiệu hóa được tài khoản {OfficerName}: còn 3 văn bản, hồ sơ mật", refused);
        Assert.Contains("chưa có bản cam kết bảo vệ bí mật nhà nước", refused);

        var head = await agency.AsAsync(UnitHead);
        var checklist = await head.PageAsync($"{agency.Tenant}/departure/{Officer}");
        var items = checklist.QuerySelectorAll("#items tbody tr[data-item]").Select(r => r.GetAttribute("data-item")!).ToList();
        Assert.Equal(new[] { "dossier:" + dossier, "incoming:" + incoming, "outgoing:" + draft }, items.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("rà soát", checklist.QuerySelector("#items")!.TextContent);
        Assert.DoesNotContain(checklist.QuerySelectorAll("#items option"), o => o.GetAttribute("value") == "chuyenvien2");
        foreach (var path in paths)
            Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"{agency.Tenant}/{path}")).StatusCode);

        // Someone not cleared for secrets cannot receive; a unit head reaches only the people of the unit; an officer no one.
        var wrong = await head.FollowAsync(await head.SubmitAsync($"{agency.Tenant}/departure/{Officer}",
            new Dictionary<string, string> { ["item"] = "incoming:" + incoming, ["to"] = "chuyenvien2" }, "/hand-over"));
        Assert.Contains("Chọn người nhận bàn giao", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"{agency.Tenant}/departure/{DemoAccounts.Clerk}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await agency.AsAsync(Officer)).GetAsync($"{agency.Tenant}/departure")).StatusCode);

        foreach (var item in items)
        {
            var done = await head.SubmitAsync($"{agency.Tenant}/departure/{Officer}",
                new Dictionary<string, string> { ["item"] = item, ["to"] = UnitHead }, "/hand-over");
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        }
        checklist = await head.PageAsync($"{agency.Tenant}/departure/{Officer}");
        Assert.Empty(checklist.QuerySelectorAll("#items tbody tr[data-item]"));
        var officer = await agency.AsAsync(Officer);
        foreach (var path in paths)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{agency.Tenant}/{path}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await head.GetAsync($"{agency.Tenant}/{path}")).StatusCode);
        }
        // The receiver is told of each document now in her care, named since she is its holder now; the giver of nothing.
        var told = "";
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            told = (await head.PageAsync($"{agency.Tenant}/notifications")).QuerySelector("#notifications")?.TextContent ?? "";
            return told.Contains("Văn bản được bàn giao cho mình quản lý: " + incomingNumber)
                && told.Contains("Văn bản được bàn giao cho mình quản lý: dự thảo văn bản đi — ");
        }), $"The receiver was not told of the documents handed over to her: {told}");
        Assert.DoesNotContain("Văn bản được bàn giao", (await officer.PageAsync($"{agency.Tenant}/notifications")).DocumentElement.TextContent);
        var timeline = (await head.PageAsync($"{agency.Tenant}/incoming/{incoming}")).QuerySelector("#timeline")!.TextContent;
        Assert.Contains($"{OfficerName} giao {UnitHeadName}", timeline);

        refused = await DisableAsync(agency);
        Assert.DoesNotContain("chưa bàn giao", refused);
        Assert.Contains("chưa có bản cam kết bảo vệ bí mật nhà nước", refused);

        var signed = await officer.FollowAsync(await officer.SubmitAsync($"{agency.Tenant}/undertaking", new Dictionary<string, string>(), "/undertaking"));
        Assert.Contains("CK-BVBMNN-2026.1", (await PortalClient.ParseAsync(signed)).QuerySelector("#signed")!.TextContent);
        Assert.Contains("Đã ký ngày", (await head.PageAsync($"{agency.Tenant}/departure/{Officer}")).QuerySelector("#undertaking")!.TextContent);

        var disabled = await DisableAsync(agency);
        Assert.Contains("Đã vô hiệu hóa tài khoản", disabled);

        var trail = (await (await agency.AsAsync("baomat")).PageAsync($"{agency.Tenant}/admin/audit?Action=departure.item-handed-over"))
            .QuerySelector("#audit")!.TextContent;
        Assert.Contains($"{OfficerName} giao {UnitHeadName}", trail);
        var signedEntry = (await (await agency.AsAsync("baomat")).PageAsync($"{agency.Tenant}/admin/audit?Action=departure.undertaking-signed"))
            .QuerySelector("#audit")!.TextContent;
        Assert.Contains(OfficerName, signedEntry);
    }

    /// <summary>The administrator's "disable" on the officer's account; the page shown afterwards, with its flash message.</summary>
    private static async Task<string> DisableAsync(IncomingAgency agency)
    {
        var admin = await agency.AsAsync(DemoAccounts.TenantAdmin);
        var edit = await OpenSessionTests.EditPageAsync(admin, agency.Tenant, Officer);
        var page = await admin.FollowAsync(await admin.SubmitAsync(edit, new Dictionary<string, string>(), "/disable"));
        return await page.Content.ReadAsStringAsync();
    }
}
