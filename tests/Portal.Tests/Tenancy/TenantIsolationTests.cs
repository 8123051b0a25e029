using System.Net;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Tenancy;

/// <summary>A valid session in one agency opens nothing of another agency or of the central office.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class TenantIsolationTests(DemoServerFixture fixture)
{
    private PortalTestServer Server => fixture.Server;

    /// <summary>Names only the demo department (tenant B) has; none may appear in an answer to tenant A's user.</summary>
    private static readonly string[] DepartmentData = ["Nguyễn Thị Lan", "vanthu", "giamdoc", "Sở Nội vụ tỉnh Nghệ An", "Phòng Tổ chức cán bộ"];

    [Theory]
    [InlineData(DemoAccounts.Department + "/")]
    [InlineData(DemoAccounts.Department + "/admin/users")]
    [InlineData(DemoAccounts.Department + "/admin/users/new")]
    [InlineData(DemoAccounts.Department + "/admin/registers")]
    public async Task A_signed_in_user_of_another_agency_is_sent_to_this_agency_sign_in_page(string path)
    {
        var communeAdmin = await fixture.Clients.TenantAdminAsync(DemoAccounts.Commune);

        var answer = await communeAdmin.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith($"/{DemoAccounts.Department}/account/login", answer.Headers.Location!.OriginalString);
        await AssertNoDepartmentDataAsync(answer);
    }

    [Theory]
    [InlineData("admin/tenants")]
    [InlineData("admin/tenants/" + DemoAccounts.Department)]
    [InlineData("admin/diagnostics")]
    [InlineData("admin/users")]
    public async Task A_tenant_admin_gets_nothing_of_the_central_office(string path)
    {
        var communeAdmin = await fixture.Clients.TenantAdminAsync(DemoAccounts.Commune);

        var answer = await communeAdmin.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/account/login", answer.Headers.Location!.OriginalString);
        await AssertNoDepartmentDataAsync(answer);
    }

    [Theory]
    [InlineData(DemoAccounts.Commune + "/admin/tenants")]
    [InlineData(DemoAccounts.Commune + "/admin/diagnostics")]
    [InlineData(DemoAccounts.Commune + "/" + DemoAccounts.Department + "/admin/users")]
    [InlineData("SO-NOI-VU-NGHE-AN/admin/users")]
    [InlineData("So-Noi-Vu-Nghe-An/")]
    [InlineData("so-noi-vu-nghe-an-/admin/users")]
    [InlineData("so_noi_vu_nghe_an/admin/users")]
    [InlineData("so-noi-vu/admin/users")]
    [InlineData("Default/admin/tenants")]
    [InlineData("default/admin/tenants")]
    public async Task Guessed_prefixes_and_central_pages_under_a_tenant_prefix_answer_404(string path)
    {
        var communeAdmin = await fixture.Clients.TenantAdminAsync(DemoAccounts.Commune);

        var answer = await communeAdmin.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        await AssertNoDepartmentDataAsync(answer);
    }

    [Theory]
    [InlineData(DemoAccounts.Commune + "/%2e%2e/" + DemoAccounts.Department + "/admin/users")]
    [InlineData(DemoAccounts.Commune + "/../" + DemoAccounts.Department + "/admin/users")]
    [InlineData(DemoAccounts.Commune + "%2F" + DemoAccounts.Department + "/admin/users")]
    [InlineData(DemoAccounts.Commune + "/.%2e/" + DemoAccounts.Department + "/admin/users")]
    [InlineData(DemoAccounts.Department + "%00/admin/users")]
    public async Task Dot_segments_and_encoded_slashes_lead_to_a_sign_in_page_or_404_never_to_the_other_agency(string path)
    {
        var communeAdmin = await fixture.Clients.TenantAdminAsync(DemoAccounts.Commune);

        var answer = await communeAdmin.GetAsync(path);

        Assert.True(answer.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest ||
                    (answer.StatusCode == HttpStatusCode.Redirect && answer.Headers.Location!.OriginalString.Contains("/account/login")),
            $"{path}: {answer.StatusCode} {answer.Headers.Location}");
        await AssertNoDepartmentDataAsync(answer);
    }

    [Fact]
    public async Task The_session_cookie_of_one_agency_presented_under_another_agency_name_opens_nothing()
    {
        var communeAdmin = await fixture.Clients.TenantAdminAsync(DemoAccounts.Commune);
        var session = communeAdmin.Cookies.GetCookies(new Uri(Server.BaseAddress, DemoAccounts.Commune + "/"))
            .Single(c => c.Name == ".portal.session." + DemoAccounts.Commune);
        Assert.Equal(HttpStatusCode.OK, (await communeAdmin.GetAsync(DemoAccounts.Commune + "/admin/users")).StatusCode);
        using var forger = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Server.BaseAddress };

        foreach (var (cookieName, path) in new[]
                 {
                     (".portal.session." + DemoAccounts.Department, DemoAccounts.Department + "/admin/users"),
                     (".portal.session." + DemoAccounts.Department, DemoAccounts.Department + "/"),
                     (".portal.session.default", "admin/tenants"),
                     (".portal.session.default", "admin/users"),
                 })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Cookie", $"{cookieName}={session.Value}");
            var answer = await forger.SendAsync(request);

            // Another agency's valid session is answered as if the page did not exist, not with a sign-in page.
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
            await AssertNoDepartmentDataAsync(answer);
        }
    }

    [Fact]
    public async Task The_central_admin_session_opens_no_agency_page()
    {
        var central = await fixture.Clients.CentralAdminAsync();

        foreach (var path in new[] { DemoAccounts.Department + "/", DemoAccounts.Department + "/admin/users" })
        {
            var answer = await central.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.StartsWith($"/{DemoAccounts.Department}/account/login", answer.Headers.Location!.OriginalString);
            await AssertNoDepartmentDataAsync(answer);
        }
    }

    private static async Task AssertNoDepartmentDataAsync(HttpResponseMessage answer)
    {
        var body = await Pages.BodyAsync(answer);
        foreach (var text in DepartmentData)
            Assert.DoesNotContain(text, body);
    }
}
