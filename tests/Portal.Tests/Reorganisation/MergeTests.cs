using System.Net;
using System.Security.Cryptography;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Testing;
using Portal.Tests.Files;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Reorganisation;

/// <summary>
/// Two agencies merged into a third over HTTP: every document arrives once with its files (the same bytes, read back
/// through the target's keys) and its access list; a moved officer cannot sign in until the target's admin confirms
/// them, then sees exactly what they saw before; a user of an agency outside the merge sees nothing new; the sources
/// are closed and their chains sealed into the target's.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class MergeTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task Documents_files_and_access_move_and_a_moved_officer_sees_what_they_saw_before()
    {
        var a = await IncomingAgency.CreateAsync(fixture.Server, "sap-nhap-a");
        var b = await IncomingAgency.CreateAsync(fixture.Server, "sap-nhap-b");
        var c = await IncomingAgency.CreateAsync(fixture.Server, "sap-nhap-c");
        var other = await IncomingAgency.CreateAsync(fixture.Server, "ngoai-sap-nhap");
        var led = await a.RegisterAsync(IncomingAgency.Form(("Subject", "V/v sắp xếp đơn vị hành chính cấp xã")));
        await AttachmentUploads.AttachAsync(await a.AsAsync(DemoAccounts.Clerk), a.Tenant, led, ("Công văn.pdf", SampleFiles.Pdf));
        await a.StepAsync(DemoAccounts.Clerk, led, "submit", new() { ["leader"] = DemoAccounts.Director });
        await a.StepAsync(DemoAccounts.Director, led, "direct", new()
        {
            ["Direction"] = "Giao chuyên viên chủ trì.", ["LeadHandler"] = DemoAccounts.Officer, ["Deadline"] = "",
        });
        var notShown = await a.RegisterAsync(IncomingAgency.Form());
        var fromB = await b.RegisterAsync(IncomingAgency.Form());
        var docx = SampleFiles.Docx();
        await AttachmentUploads.AttachAsync(await b.AsAsync(DemoAccounts.Clerk), b.Tenant, fromB, ("Phụ lục.docx", docx));
        await other.RegisterAsync(IncomingAgency.Form());
        var officer = await a.AsAsync(DemoAccounts.Officer);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"{a.Tenant}/incoming/{led}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{a.Tenant}/incoming/{notShown}")).StatusCode);
        var outsiderBefore = await OutsiderViewAsync(other);
        var accessBefore = Access(a.Tenant, led).Concat(Access(b.Tenant, fromB)).Order().ToList();

        var merge = new CentralMerge(await fixture.Clients.CentralAdminAsync());
        var page = await merge.PlanAsync([a.Tenant, b.Tenant], c.Tenant);
        await merge.ApproveAsync(page);
        var done = await merge.FinishedAsync(page);

        Assert.Equal("2 (xong)", done.QuerySelector($"#plan tr[data-source='{a.Tenant}'][data-kind='incoming'] .moved")!.TextContent.Trim());
        var moved = TenantStores.Rows(fixture.Server, c.Tenant, "SELECT \"Origin\" FROM \"IncomingDocuments\" WHERE \"Origin\" IS NOT NULL");
        Assert.Equal(new[] { $"{a.Tenant}:{led}", $"{a.Tenant}:{notShown}", $"{b.Tenant}:{fromB}" }.Order(), moved.Order());
        var newLed = NewId(c.Tenant, $"{a.Tenant}:{led}");
        var newFromB = NewId(c.Tenant, $"{b.Tenant}:{fromB}");
        Assert.Equal(accessBefore, Access(c.Tenant, newLed).Concat(Access(c.Tenant, newFromB)).Order().ToList());

        // The sources are read-only archives (ArchiveTests); their people are not let into the target before its admin confirms them.
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Server.Client().PostAsync($"{a.Tenant}/incoming/new", IncomingAgency.Form())).StatusCode);
        var people = new MovedPeople(fixture, a, c);
        var movedName = people.Carry(DemoAccounts.Officer);
        using (var early = fixture.Server.Client())
            Assert.False(await early.SignInAsync(c.Tenant, movedName, DemoAccounts.Password));
        using var confirmed = await people.ConfirmAsync(movedName);
        var shown = await confirmed.PageAsync($"{c.Tenant}/incoming/{newLed}");
        Assert.Contains("V/v sắp xếp đơn vị hành chính cấp xã", shown.Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await confirmed.GetAsync($"{c.Tenant}/incoming/{NewId(c.Tenant, $"{a.Tenant}:{notShown}")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await confirmed.GetAsync($"{c.Tenant}/incoming/{newFromB}")).StatusCode);
        var link = shown.QuerySelectorAll<IHtmlAnchorElement>("#attachments a.download-copy").Single().GetAttribute("href")!;
        Assert.Equal(SHA256.HashData(SampleFiles.Pdf), SHA256.HashData(await (await confirmed.GetAsync(link)).Content.ReadAsByteArrayAsync()));

        // A user of an agency outside the merge sees what they saw before.
        Assert.Equal(outsiderBefore, await OutsiderViewAsync(other));

        // The target's chain records each source's sealed chain; the sources' last entries are their seals.
        var trail = await (await c.AsAsync("baomat")).PageAsync($"{c.Tenant}/admin/audit?Action=audit.chain-imported");
        Assert.Contains($"Nhận nhật ký đã niêm phong của {a.Tenant}", trail.QuerySelector("#audit")!.TextContent);
        Assert.Contains($"Nhận nhật ký đã niêm phong của {b.Tenant}", trail.QuerySelector("#audit")!.TextContent);
        Assert.Equal("audit.sealed", TenantStores.Rows(fixture.Server, a.Tenant,
            "SELECT \"Action\" FROM \"AuditEntries\" ORDER BY \"Position\" DESC LIMIT 1").Single());
    }

    private static async Task<string> OutsiderViewAsync(IncomingAgency other)
    {
        var clerk = await other.AsAsync(DemoAccounts.Clerk);
        return (await clerk.PageAsync($"{other.Tenant}/incoming")).QuerySelector("main")!.TextContent;
    }

    /// <summary>The access list as (user, position) pairs: an insider's view of the store, to compare before and after.</summary>
    private List<string> Access(string tenant, int id) =>
        TenantStores.Rows(fixture.Server, tenant,
            $"SELECT \"UserId\" || ':' || \"Position\" FROM \"AccessEntries\" WHERE \"ResourceKind\" = 'incoming' AND \"ResourceId\" = '{id}'");

    private int NewId(string tenant, string origin) =>
        int.Parse(TenantStores.Rows(fixture.Server, tenant, $"SELECT \"Id\" FROM \"IncomingDocuments\" WHERE \"Origin\" = '{origin}'").Single());
}
