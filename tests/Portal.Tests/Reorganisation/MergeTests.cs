using System.Net;
using System.Security.Cryptography;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Files;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Reorganisation;

/// <summary>
/// Two agencies merged into a third over HTTP: every document arrives once with its files (the same bytes, read back
/// through the target's keys), its access list and its paper original's hand-over; a moved officer cannot sign in
/// until the target's admin confirms them, then sees exactly what they saw before; a user of an agency outside the
/// merge sees nothing new; the sources are left as read-only archives and their chains sealed into the target's.
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
        await a.StepAsync(DemoAccounts.Clerk, led, "hand-over", new() { ["recipient"] = "Phòng Tổ chức cán bộ", ["note"] = "Bản gốc giấy" });
        var handOver = TenantStores.Rows(fixture.Server, a.Tenant, $"SELECT {HandOverFacts} WHERE \"DocumentId\" = {led}").Single();
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
        // The paper original's hand-over keeps its number, in the closed copy of the hand-over book.
        Assert.Equal(handOver.Replace("BMNN-CG|", "BMNN-CG.1|"),
            TenantStores.Rows(fixture.Server, c.Tenant, $"SELECT {HandOverFacts} WHERE \"DocumentId\" = {newLed}").Single());

        // The sources are closed (read-only archives, ArchiveTests); their people are not let into the target before its admin confirms them.
        foreach (var source in new[] { a.Tenant, b.Tenant })
            Assert.Equal(TenantState.Archived, (await fixture.Server.Get<TenantStore>().FindAsync(source, CancellationToken.None))!.State);
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

    private const string HandOverFacts =
        "\"BookCode\" || '|' || \"Year\" || '|' || \"Number\" || '|' || \"Recipient\" || '|' || \"Notes\" FROM \"IncomingHandOvers\"";

    private static Task<string> OutsiderViewAsync(IncomingAgency other) => ReorganisedStores.OutsiderViewAsync(other);

    private List<string> Access(string tenant, int id) => ReorganisedStores.Access(fixture.Server, tenant, id);

    private int NewId(string tenant, string origin) =>
        int.Parse(TenantStores.Rows(fixture.Server, tenant, $"SELECT \"Id\" FROM \"IncomingDocuments\" WHERE \"Origin\" = '{origin}'").Single());
}
