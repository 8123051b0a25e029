using System.Net;
using System.Security.Cryptography;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Files;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Reorganisation;

/// <summary>
/// A demo agency split by its units into two successors over HTTP: each person goes to their unit's successor, each
/// document to exactly one (the lead handler's unit, else the main successor with the clerk's office), its file read back
/// through the new keys, its access list cut to the people of that successor; a third agency sees nothing new; the audit
/// chains of the source and both successors verify. A plan leaving a unit to nobody cannot be approved.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class SplitTests(DemoServerFixture fixture)
{
    private const string Units = "{0}:VP,TTr;{1}:TCCB,CCHC";

    [Fact]
    public async Task Documents_people_and_access_follow_the_units_to_one_successor_each()
    {
        var a = await IncomingAgency.CreateAsync(fixture.Server, "chia-a");
        var b = await IncomingAgency.CreateAsync(fixture.Server, "chia-b");
        var c = await IncomingAgency.CreateAsync(fixture.Server, "chia-c");
        var other = await IncomingAgency.CreateAsync(fixture.Server, "ngoai-chia");
        var led = await a.RegisterAsync(IncomingAgency.Form(("Subject", "V/v kiện toàn phòng Tổ chức cán bộ")));
        await AttachmentUploads.AttachAsync(await a.AsAsync(DemoAccounts.Clerk), a.Tenant, led, ("Công văn.pdf", SampleFiles.Pdf));
        await a.StepAsync(DemoAccounts.Clerk, led, "submit", new() { ["leader"] = DemoAccounts.Director });
        await a.StepAsync(DemoAccounts.Director, led, "direct", new()
        {
            ["Direction"] = "Giao chuyên viên chủ trì.", ["LeadHandler"] = DemoAccounts.Officer, ["Deadline"] = "",
        });
        var atDesk = await a.RegisterAsync(IncomingAgency.Form());
        Assert.Equal(HttpStatusCode.OK, (await (await a.AsAsync(DemoAccounts.Officer)).GetAsync($"{a.Tenant}/incoming/{led}")).StatusCode);
        await other.RegisterAsync(IncomingAgency.Form());
        var outsiderBefore = await ReorganisedStores.OutsiderViewAsync(other);
        var accessBefore = ReorganisedStores.Access(fixture.Server, a.Tenant, led);
        var toC = Rows(a.Tenant, "SELECT u.\"Id\" FROM \"AspNetUsers\" u JOIN \"Units\" n ON n.\"Id\" = u.\"UnitId\" WHERE n.\"Code\" IN ('TCCB', 'CCHC')");
        var toB = Rows(a.Tenant, "SELECT \"Id\" FROM \"AspNetUsers\"").Except(toC).ToList();

        var split = new CentralMerge(await fixture.Clients.CentralAdminAsync());
        var page = await split.SplitAsync(a.Tenant, [b.Tenant, c.Tenant], string.Format(Units, b.Tenant, c.Tenant), b.Tenant);
        var plan = await split.PageAsync(page);
        Assert.Equal(c.Tenant, plan.QuerySelector("#units tr[data-unit='TCCB'] .successor")!.TextContent);
        Assert.Equal(b.Tenant, plan.QuerySelector("#units tr[data-unit='TTr'] .successor")!.TextContent);
        Assert.Empty(plan.QuerySelectorAll("#blockers li"));
        await split.ApproveAsync(page);
        await split.FinishedAsync(page);

        // Each document in exactly one successor: the led one where its lead handler's unit went, the other with the clerk's office.
        Assert.Equal([$"{a.Tenant}:{atDesk}"], Rows(b.Tenant, Moved));
        Assert.Equal([$"{a.Tenant}:{led}"], Rows(c.Tenant, Moved));
        Assert.Equal(toC.Order(), MovedUsers(c.Tenant).Order());
        Assert.Equal(toB.Order(), MovedUsers(b.Tenant).Order());
        var newLed = int.Parse(Rows(c.Tenant, $"SELECT \"Id\" FROM \"IncomingDocuments\" WHERE \"Origin\" = '{a.Tenant}:{led}'").Single());
        var accessAfter = ReorganisedStores.Access(fixture.Server, c.Tenant, newLed);
        Assert.Equal(accessBefore.Where(e => toC.Contains(e.Split(':')[0])).Order(), accessAfter.Order());
        Assert.Contains(accessBefore, e => !toC.Contains(e.Split(':')[0]));

        // The lead handler, confirmed by the successor's admin, reads the document and its file, the same bytes.
        var people = new MovedPeople(fixture, a, c);
        using var officer = await people.ConfirmAsync(people.Carry(DemoAccounts.Officer));
        var shown = await officer.PageAsync($"{c.Tenant}/incoming/{newLed}");
        Assert.Contains("V/v kiện toàn phòng Tổ chức cán bộ", shown.Body!.TextContent);
        var link = shown.QuerySelectorAll<IHtmlAnchorElement>("#attachments a.download-copy").Single().GetAttribute("href")!;
        Assert.Equal(SHA256.HashData(SampleFiles.Pdf), SHA256.HashData(await (await officer.GetAsync(link)).Content.ReadAsByteArrayAsync()));

        Assert.Equal(outsiderBefore, await ReorganisedStores.OutsiderViewAsync(other));
        // The source's chain is sealed once, as its last entry, and each successor's chain records its import.
        Assert.Equal(["audit.sealed"], Rows(a.Tenant, "SELECT \"Action\" FROM \"AuditEntries\" ORDER BY \"Position\" DESC LIMIT 1"));
        Assert.Single(Rows(a.Tenant, "SELECT \"Position\" FROM \"AuditEntries\" WHERE \"Action\" = 'audit.sealed'"));
        foreach (var successor in new[] { b.Tenant, c.Tenant })
        {
            Assert.Single(Rows(successor, $"SELECT \"Position\" FROM \"AuditEntries\" WHERE \"Action\" = 'audit.chain-imported' AND \"TargetId\" = '{a.Tenant}'"));
            Assert.Equal(0, await VerifyAsync(successor));
        }
        // The source, now a read-only archive, keeps its sealed chain whole.
        Assert.Equal(0, await VerifyAsync(a.Tenant));
    }

    [Fact]
    public async Task A_unit_given_to_no_successor_blocks_the_plan_and_what_stays_behind_is_named()
    {
        var a = await IncomingAgency.CreateAsync(fixture.Server, "chia-thieu");
        var b = await IncomingAgency.CreateAsync(fixture.Server, "chia-thieu-b");
        var c = await IncomingAgency.CreateAsync(fixture.Server, "chia-thieu-c");
        var split = new CentralMerge(await fixture.Clients.CentralAdminAsync());

        var plan = await split.PageAsync(await split.SplitAsync(a.Tenant, [b.Tenant, c.Tenant], $"{b.Tenant}:VP;{c.Tenant}:TCCB", b.Tenant));

        var blockers = plan.QuerySelectorAll("#blockers li").Select(l => l.TextContent).ToList();
        Assert.Contains(blockers, l => l.StartsWith("Đơn vị CCHC", StringComparison.Ordinal));
        Assert.Contains(blockers, l => l.StartsWith("Đơn vị TTr", StringComparison.Ordinal));
        Assert.Null(plan.QuerySelector("form[action$='/approve']"));
        Assert.Equal("Chưa giao", plan.QuerySelector("#units tr[data-unit='CCHC'] .successor")!.TextContent);
        // Scanned-text recognition keeps its jobs in the source; access lists and files move with the documents.
        var staying = plan.QuerySelectorAll("#staying li").Select(l => l.TextContent).ToList();
        Assert.Contains($"Không chuyển: Nhận dạng văn bản quét của {a.Tenant}", staying);
        Assert.DoesNotContain(staying, l => l.Contains("Kho tệp mã hóa") || l.Contains("Kiểm soát tiếp cận"));
    }

    private const string Moved = "SELECT \"Origin\" FROM \"IncomingDocuments\" WHERE \"Origin\" IS NOT NULL";

    private List<string> MovedUsers(string tenant) =>
        Rows(tenant, "SELECT \"UserId\" FROM \"AspNetUserClaims\" WHERE \"ClaimType\" = 'portal:moved-from'");


    private List<string> Rows(string tenant, string sql) => TenantStores.Rows(fixture.Server, tenant, sql);

    /// <summary>`./portal audit verify --tenant` run in the server's process, as the operator would run it.</summary>
    private async Task<int> VerifyAsync(string tenant)
    {
        fixture.Server.Get<TenantHost>().Release(tenant);
        var command = fixture.Server.Services.GetServices<ICliCommand>().Single(c => c.Name == "audit");
        var code = await command.RunAsync(new CommandArguments(["audit", "verify", "--tenant", tenant]), CancellationToken.None);
        return code;
    }
}
