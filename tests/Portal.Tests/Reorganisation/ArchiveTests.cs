using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cli;
using Portal.Core.Tenancy;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Reorganisation;

/// <summary>
/// A merged-away agency left as a read-only archive: the central office sees it as "Lưu trữ chỉ đọc"; its security
/// officer signs in and reads the moved document's entry in the register there, audited after the seal; a clerk is turned away at
/// the password step; a change is refused in Vietnamese; the source's chain and the target's both verify, the seal's MAC still the one the target holds;
/// then the central office disables it.
/// </summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class ArchiveTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task Only_the_security_officer_reads_the_archive_and_nothing_changes_there()
    {
        var a = await IncomingAgency.CreateAsync(fixture.Server, "luu-tru-a");
        var c = await IncomingAgency.CreateAsync(fixture.Server, "luu-tru-c");
        var document = await a.RegisterAsync(IncomingAgency.Form(("Subject", "V/v bàn giao tài liệu mật khi sáp nhập")));
        using var early = fixture.Server.Client();
        Assert.True(await early.SignInAsync(a.Tenant, DemoAccounts.Clerk, DemoAccounts.Password));
        var central = await fixture.Clients.CentralAdminAsync();
        var merge = new CentralMerge(central);
        var page = await merge.PlanAsync([a.Tenant], c.Tenant);
        await merge.ApproveAsync(page);
        await merge.FinishedAsync(page);

        var shown = await central.PageAsync($"admin/tenants/{a.Tenant}");
        Assert.Contains("Lưu trữ chỉ đọc", shown.QuerySelector(".facts")!.TextContent);

        using var officer = fixture.Server.Client();
        Assert.True(await officer.SignInAsync(a.Tenant, "baomat", DemoAccounts.Password));
        // The register of incoming documents, where the security officer reads the moved document's entry; read audited.
        var register = await officer.PageAsync($"{a.Tenant}/incoming/register?book=BMNN-DEN");
        Assert.Contains("V/v bàn giao tài liệu mật khi sáp nhập", register.QuerySelector("main")!.TextContent);
        var afterSeal = TenantStores.Rows(fixture.Server, a.Tenant,
            "SELECT \"Action\" || ' ' || \"UserName\" FROM \"AuditEntries\" WHERE \"Position\" > " +
            "(SELECT MAX(\"Position\") FROM \"AuditEntries\" WHERE \"Action\" = 'audit.sealed')");
        Assert.Contains("incoming.register-viewed baomat", afterSeal);

        var refused = await officer.PostAsync($"{a.Tenant}/incoming/new", IncomingAgency.Form());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(ArchiveGuardMiddleware.WriteRefused, await refused.Content.ReadAsStringAsync());
        Assert.Equal(1, TenantStores.Rows(fixture.Server, a.Tenant, "SELECT COUNT(*) FROM \"IncomingDocuments\"").Select(int.Parse).Single());

        // The clerk's right password does not open even the second-factor step: the archive's message on the sign-in page.
        using var clerk = fixture.Server.Client();
        var answer = await clerk.SignInStepsAsync(a.Tenant, DemoAccounts.Clerk, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(ArchiveGuardMiddleware.SignInRefused, (await PortalClient.ParseAsync(answer)).QuerySelector(".alert-error")?.TextContent.Trim());
        var home = await clerk.GetAsync($"{a.Tenant}/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Contains("/account/login", home.Headers.Location!.OriginalString);
        // A clerk signed in before the agency became an archive is signed out at the next request.
        var signedBefore = await early.GetAsync($"{a.Tenant}/incoming");
        Assert.Equal(HttpStatusCode.Forbidden, signedBefore.StatusCode);
        Assert.Equal(ArchiveGuardMiddleware.SignInRefused, await signedBefore.Content.ReadAsStringAsync());
        Assert.Contains($"{DemoAccounts.Clerk}|mật khẩu đúng, nhưng cơ quan là bản lưu trữ chỉ đọc: chỉ cán bộ bảo vệ bí mật nhà nước được đăng nhập",
            TenantStores.Rows(fixture.Server, a.Tenant, "SELECT \"UserName\" || '|' || \"Details\" FROM \"AuditEntries\" WHERE \"Action\" = 'signin'"));

        Assert.Equal(0, await VerifyAsync(a.Tenant));
        Assert.Equal(0, await VerifyAsync(c.Tenant));
        var sealMac = TenantStores.Rows(fixture.Server, a.Tenant, "SELECT \"Mac\" FROM \"AuditEntries\" WHERE \"Action\" = 'audit.sealed'").Single();
        Assert.Contains($"MAC cuối {sealMac}", TenantStores.Rows(fixture.Server, c.Tenant,
            $"SELECT \"Details\" FROM \"AuditEntries\" WHERE \"Action\" = 'audit.chain-imported' AND \"TargetId\" = '{a.Tenant}'").Single());

        await fixture.Server.Get<TenantAdministration>().DisableAsync(a.Tenant, CancellationToken.None);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{a.Tenant}/incoming/{document}")).StatusCode);
    }

    private async Task<int> VerifyAsync(string tenant)
    {
        var command = fixture.Server.Services.GetServices<ICliCommand>().Single(c => c.Name == "audit");
        var original = Console.Out;
        Console.SetOut(TextWriter.Null);
        try
        {
            return await command.RunAsync(new CommandArguments(["audit", "verify", "--tenant", tenant]), CancellationToken.None);
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}
