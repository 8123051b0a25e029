using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Core.Tenancy;
using Portal.Identity.Models;
using Portal.Testing;
using Portal.Tests.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Access;

/// <summary>
/// Changes of clearance and of access lists hold from the very next request of open sessions; a
/// clearance change needs a fresh second factor; admins and security officers read nothing by their
/// role; a grant's reason is in the audit trail.
/// </summary>
public sealed class AccessChangeTests(AccessMatrixFixture fixture) : IClassFixture<AccessMatrixFixture>
{
    private PortalTestServer Server => fixture.Server;

    [Fact]
    public async Task A_raised_clearance_needs_step_up_and_opens_the_document_on_the_next_request()
    {
        var tenant = UniqueNames.Tenant("xa-nang-muc");
        await Server.CreateTenantAsync(tenant, recipe: "demo");
        var ids = await UserIdsAsync(tenant, DemoAccounts.Officer);
        var document = Document(SecrecyLevel.ToiMat);
        await ListAsync(tenant, new AccessEntrySpec(new ResourceRef(TestDocuments.Kind, document), ids[DemoAccounts.Officer], AccessPosition.LeadHandler));
        using var officer = Server.Client();
        Assert.True(await officer.SignInAsync(tenant, DemoAccounts.Officer, DemoAccounts.Password));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{tenant}/test-documents/{document}")).StatusCode);

        using var admin = Server.Client();
        Assert.True(await admin.SignInAsync(tenant, DemoAccounts.TenantAdmin, DemoAccounts.Password));
        var edit = await OpenSessionTests.EditPageAsync(admin, tenant, DemoAccounts.Officer);
        await Task.Delay(AccessMatrixFixture.StepUpFreshness + TimeSpan.FromSeconds(1));
        var refused = await admin.PageAsync((await admin.SubmitAsync(edit, Raise(), "/" + edit.Split('/').Last())).Headers.Location!.OriginalString);
        Assert.Contains("cần xác thực lại", refused.Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{tenant}/test-documents/{document}")).StatusCode);

        var stepped = await admin.StepUpAsync(tenant, DemoAccounts.TenantAdmin, "/" + edit);
        Assert.Equal("/" + edit, stepped.Headers.Location!.OriginalString);
        var saved = await admin.PageAsync((await admin.SubmitAsync(edit, Raise(), "/" + edit.Split('/').Last())).Headers.Location!.OriginalString);
        Assert.Contains("Đã lưu thay đổi", saved.Body!.TextContent);

        var opened = await officer.GetAsync($"{tenant}/test-documents/{document}");
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
    }

    [Fact]
    public async Task Taking_someone_off_the_list_closes_the_document_on_their_next_request()
    {
        var tenant = UniqueNames.Tenant("xa-rut-quyen");
        await Server.CreateTenantAsync(tenant, recipe: "demo");
        var ids = await UserIdsAsync(tenant, DemoAccounts.Clerk);
        var document = Document(SecrecyLevel.Mat);
        var resource = new ResourceRef(TestDocuments.Kind, document);
        await ListAsync(tenant, new AccessEntrySpec(resource, ids[DemoAccounts.Clerk], AccessPosition.RegisteringClerk));
        using var clerk = Server.Client();
        Assert.True(await clerk.SignInAsync(tenant, DemoAccounts.Clerk, DemoAccounts.Password));
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"{tenant}/test-documents/{document}")).StatusCode);

        await RunAsync(tenant, s => s.GetRequiredService<IAccessList>().RemoveAsync(resource, ids[DemoAccounts.Clerk], AccessPosition.RegisteringClerk));

        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"{tenant}/test-documents/{document}")).StatusCode);
    }

    [Fact]
    public async Task Admins_and_the_security_officer_read_nothing_by_their_role_and_a_grant_records_its_reason()
    {
        var tenant = UniqueNames.Tenant("xa-cap-quyen");
        await Server.CreateTenantAsync(tenant, recipe: "demo");
        var ids = await UserIdsAsync(tenant, DemoAccounts.Officer, "baomat");
        var document = Document(SecrecyLevel.Mat);
        var resource = new ResourceRef(TestDocuments.Kind, document);
        await ListAsync(tenant, new AccessEntrySpec(resource, ids[DemoAccounts.Officer], AccessPosition.LeadHandler));
        using var admin = Server.Client();
        Assert.True(await admin.SignInAsync(tenant, DemoAccounts.TenantAdmin, DemoAccounts.Password));
        using var officer = Server.Client();
        Assert.True(await officer.SignInAsync(tenant, "baomat", DemoAccounts.Password));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{tenant}/test-documents/{document}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{tenant}/test-documents/{document}")).StatusCode);

        await ListAsync(tenant, new AccessEntrySpec(resource, ids["baomat"], AccessPosition.Grant, "Kiểm tra việc bảo vệ bí mật theo kế hoạch năm", ids[DemoAccounts.Officer]));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"{tenant}/test-documents/{document}")).StatusCode);

        var trail = await officer.PageAsync($"{tenant}/admin/audit?Action=access.granted");
        Assert.Contains("Kiểm tra việc bảo vệ bí mật theo kế hoạch năm", trail.QuerySelector("#audit")!.TextContent);
        await Assert.ThrowsAsync<Portal.Core.RequestRefusedException>(() =>
            ListAsync(tenant, new AccessEntrySpec(resource, ids["baomat"], AccessPosition.Grant)));
    }

    [Fact]
    public async Task A_Toi_mat_download_needs_a_fresh_second_factor_while_reading_it_does_not()
    {
        var tenant = UniqueNames.Tenant("xa-tai-ve");
        await Server.CreateTenantAsync(tenant, recipe: "demo");
        var ids = await UserIdsAsync(tenant, DemoAccounts.Clerk);
        var toiMat = Document(SecrecyLevel.ToiMat);
        var mat = Document(SecrecyLevel.Mat);
        foreach (var document in new[] { toiMat, mat })
            await ListAsync(tenant, new AccessEntrySpec(new ResourceRef(TestDocuments.Kind, document), ids[DemoAccounts.Clerk], AccessPosition.RegisteringClerk));
        using var clerk = Server.Client();
        Assert.True(await clerk.SignInAsync(tenant, DemoAccounts.Clerk, DemoAccounts.Password));
        await Task.Delay(AccessMatrixFixture.StepUpFreshness + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"{tenant}/test-documents/{toiMat}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"{tenant}/test-documents/{mat}/download")).StatusCode);
        var asked = await clerk.GetAsync($"{tenant}/test-documents/{toiMat}/download");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("/account/step-up", asked.Headers.Location!.OriginalString);

        var stepped = await clerk.StepUpAsync(tenant, DemoAccounts.Clerk, $"/{tenant}/test-documents/{toiMat}/download");
        var downloaded = await clerk.GetAsync(stepped.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, downloaded.StatusCode);
        Assert.Equal("application/pdf", downloaded.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_change_of_rights_on_a_document_alerts_its_custodian()
    {
        var tenant = UniqueNames.Tenant("xa-canh-bao");
        await Server.CreateTenantAsync(tenant, recipe: "demo");
        var ids = await UserIdsAsync(tenant, DemoAccounts.Clerk, "baomat");
        var resource = new ResourceRef(TestDocuments.Kind, Document(SecrecyLevel.Mat));
        await ListAsync(tenant, new AccessEntrySpec(resource, ids[DemoAccounts.Clerk], AccessPosition.RegisteringClerk));
        await ListAsync(tenant, new AccessEntrySpec(resource, ids["baomat"], AccessPosition.Grant, "Thanh tra công tác bảo mật quý IV", ids[DemoAccounts.Clerk]));
        using var clerk = Server.Client();
        Assert.True(await clerk.SignInAsync(tenant, DemoAccounts.Clerk, DemoAccounts.Password));

        var home = await clerk.PageAsync(tenant + "/");
        var alerts = home.QuerySelector("#access-alerts");
        Assert.NotNull(alerts);
        Assert.Contains("Thanh tra công tác bảo mật quý IV", alerts.TextContent);
        Assert.Contains("Trịnh Văn Sơn", alerts.TextContent);
        Assert.DoesNotContain(ids["baomat"], alerts.TextContent);
        using var officer = Server.Client();
        Assert.True(await officer.SignInAsync(tenant, "baomat", DemoAccounts.Password));
        Assert.Null((await officer.PageAsync(tenant + "/")).QuerySelector("#access-alerts"));

        await clerk.SubmitAsync(tenant + "/", new Dictionary<string, string>(), "/read");
        Assert.Null((await clerk.PageAsync(tenant + "/")).QuerySelector("#access-alerts"));
    }

    private static Dictionary<string, string> Raise() => new()
    {
        ["FullName"] = "Vũ Thị Mai", ["Position"] = "Chuyên viên", ["UnitCode"] = "TCCB", ["Roles"] = "chuyen-vien", ["Clearance"] = "ToiMat",
    };

    private static string Document(SecrecyLevel level)
    {
        var id = $"{level}-{Guid.NewGuid():N}";
        TestDocuments.Add(id, level);
        return id;
    }

    private Task ListAsync(string tenant, AccessEntrySpec entry) =>
        RunAsync(tenant, s => s.GetRequiredService<IAccessList>().AddAsync(entry));

    private async Task<Dictionary<string, string>> UserIdsAsync(string tenant, params string[] names)
    {
        var ids = new Dictionary<string, string>();
        await RunAsync(tenant, async s =>
        {
            foreach (var name in names)
                ids[name] = (await s.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(name))!.Id;
        });
        return ids;
    }

    private async Task RunAsync(string tenant, Func<IServiceProvider, Task> work)
    {
        var host = Server.Get<TenantHost>();
        await host.RunAsync((await host.ActivateAsync(tenant))!, async s =>
        {
            await work(s);
            return true;
        });
    }
}
