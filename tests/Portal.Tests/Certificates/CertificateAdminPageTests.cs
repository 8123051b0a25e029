using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using AngleSharp.Dom;
using Portal.Audit;
using Portal.Identity.Certificates;

namespace Portal.Tests.Certificates;

/// <summary>
/// /admin/certificates: the agency admin trusts CAs, uploads their revocation lists and binds people's
/// certificates to accounts, all through real multipart uploads; bad files get a Vietnamese answer.
/// </summary>
[Collection(CertificateServerCollection.Name)]
public sealed class CertificateAdminPageTests(CertificateServerFixture fixture)
{
    private const string SignInForm = "form[action$='/account/certificate']";

    private Task<AdminScenario> ScenarioAsync() => fixture.OnceAsync(nameof(AdminScenario), () => AdminScenario.CreateAsync(fixture));

    [Fact]
    public async Task An_admin_trusts_a_new_CA_with_its_CRL_and_binds_a_certificate_that_then_signs_in()
    {
        var s = await ScenarioAsync();
        using var authority = new TestAuthority("CA mới của tỉnh");
        using var certificate = authority.Issue("Thư Ký Mới");
        await fixture.CreateUserAsync(s.Tenant, "thukymoi", "Thư Ký Mới");

        var added = await s.Admin.FollowAsync(await s.Admin.UploadAsync(s.Page, "#add-authority", Encoding.ASCII.GetBytes(authority.CertificatePem), "ca.pem"));
        Assert.Contains("Đã thêm CA", Alert(added, "success"));
        Assert.Contains("Chưa dùng được", Row(added, authority.Certificate).TextContent);
        var listed = await s.Admin.FollowAsync(await s.Admin.UploadAsync(s.Page, "#upload-crl", authority.Crl(), "ca.crl"));
        Assert.Contains("Đã cập nhật danh sách thu hồi", Alert(listed, "success"));
        Assert.Contains("Dùng được", Row(listed, authority.Certificate).TextContent);
        var bound = await s.Admin.FollowAsync(await s.Admin.UploadAsync(s.Page, "#user-thukymoi form[action$='/bind']",
            Encoding.ASCII.GetBytes(certificate.ExportCertificatePem()), "thukymoi.cer"));
        Assert.Contains("Đã gắn chứng thư số", Alert(bound, "success"));
        Assert.Contains(CertificateText.Thumbprint(certificate), bound.QuerySelector("#user-thukymoi")!.TextContent);

        using var person = new CertificateBrowser(fixture.Server, certificate);
        Assert.Equal(HttpStatusCode.Redirect, (await person.SubmitAsync($"{s.Tenant}/account/certificate", SignInForm)).StatusCode);
        foreach (var action in new[] { AuditActions.CertificateAuthorityAdded, AuditActions.CertificateCrlUpdated, AuditActions.CertificateBound })
            Assert.Contains(await fixture.AuditAsync(s.Tenant, action), e => e.UserName == "quantri" && e.Details.Contains("mới", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Files_that_are_not_what_the_form_asks_for_get_a_clear_Vietnamese_error_and_change_nothing()
    {
        var s = await ScenarioAsync();
        using var stranger = new TestAuthority("CA không ai tin");
        using var person = s.Authority.Issue("Người dùng thử");
        using var strangersPerson = stranger.Issue("Người của CA lạ");
        var before = (await s.Admin.PageAsync(s.Page)).QuerySelectorAll("#authorities tbody tr").Length;

        await AssertErrorAsync(s, "#add-authority", "rác"u8.ToArray(), "không phải chứng thư số hợp lệ");
        await AssertErrorAsync(s, "#add-authority", Encoding.ASCII.GetBytes(person.ExportCertificatePem()), "không phải chứng thư của tổ chức cấp chứng thư (CA)");
        await AssertErrorAsync(s, "#add-authority", [], "Hãy chọn tệp");
        await AssertErrorAsync(s, "#upload-crl", "-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n"u8.ToArray(), "không phải danh sách chứng thư bị thu hồi");
        await AssertErrorAsync(s, "#upload-crl", stranger.Crl(), "không do CA nào trong danh sách tin cậy");
        await AssertErrorAsync(s, "#upload-crl", s.Authority.Crl(thisUpdate: DateTimeOffset.UtcNow.AddDays(-9), nextUpdate: DateTimeOffset.UtcNow.AddDays(-2)),
            "đã hết hiệu lực");
        await AssertErrorAsync(s, "#upload-crl", s.Authority.Crl(thisUpdate: DateTimeOffset.UtcNow.AddDays(-3), number: 0), "cũ hơn danh sách đang dùng");
        await AssertErrorAsync(s, "#upload-crl", new byte[CertificateLimits.MaxCrlBytes + 1], "quá lớn");
        await AssertErrorAsync(s, "#user-quantri form[action$='/bind']", strangersPerson.RawData, "không dùng để đăng nhập được");

        Assert.Equal(before, (await s.Admin.PageAsync(s.Page)).QuerySelectorAll("#authorities tbody tr").Length);
    }

    [Fact]
    public async Task Unbinding_a_certificate_ends_the_person_session_and_it_no_longer_signs_in()
    {
        var s = await ScenarioAsync();
        using var certificate = s.Authority.Issue("Nhân Viên Tạm");
        await fixture.CreateUserAsync(s.Tenant, "nhanvientam", "Nhân Viên Tạm");
        await fixture.BindAsync(s.Tenant, "nhanvientam", certificate);
        using var person = new CertificateBrowser(fixture.Server, certificate);
        Assert.Equal(HttpStatusCode.Redirect, (await person.SubmitAsync($"{s.Tenant}/account/certificate", SignInForm)).StatusCode);

        var page = await s.Admin.FollowAsync(await s.Admin.SubmitAsync(s.Page, "#user-nhanvientam form[action$='/unbind']"));

        Assert.Contains("Đã gỡ chứng thư số", Alert(page, "success"));
        using var home = await person.GetAsync($"{s.Tenant}/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        var again = await person.SubmitAsync($"{s.Tenant}/account/certificate", SignInForm);
        Assert.Equal(CertificateSignIn.Failed, (await Testing.PortalClient.ParseAsync(again)).QuerySelector(".alert-error")!.TextContent.Trim());
        Assert.Contains(await fixture.AuditAsync(s.Tenant, AuditActions.CertificateUnbound), e => e.Details.StartsWith("nhanvientam", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Removing_a_CA_stops_its_certificates_from_signing_in()
    {
        var s = await ScenarioAsync();
        using var authority = new TestAuthority("CA sắp gỡ");
        using var certificate = authority.Issue("Người Của CA Cũ");
        await fixture.TrustAsync(s.Tenant, authority, authority.Crl());
        await fixture.CreateUserAsync(s.Tenant, "nguoicacu", "Người Của CA Cũ");
        await fixture.BindAsync(s.Tenant, "nguoicacu", certificate);
        var thumbprint = CertificateText.Thumbprint(authority.Certificate);

        var page = await s.Admin.FollowAsync(await s.Admin.SubmitAsync(s.Page, $"#authorities tr[data-thumbprint='{thumbprint}'] form"));

        Assert.Contains("Đã gỡ CA", Alert(page, "success"));
        Assert.Null(page.QuerySelector($"#authorities tr[data-thumbprint='{thumbprint}']"));
        using var person = new CertificateBrowser(fixture.Server, certificate);
        var response = await person.SubmitAsync($"{s.Tenant}/account/certificate", SignInForm);
        Assert.Equal(CertificateSignIn.Failed, (await Testing.PortalClient.ParseAsync(response)).QuerySelector(".alert-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task Only_the_agency_admin_reaches_the_page_and_sees_it_in_the_menu()
    {
        var s = await ScenarioAsync();
        using var certificate = s.Authority.Issue("Chuyên Viên Thường");
        await fixture.CreateUserAsync(s.Tenant, "chuyenvienthuong", "Chuyên Viên Thường");
        await fixture.BindAsync(s.Tenant, "chuyenvienthuong", certificate);
        using var officer = new CertificateBrowser(fixture.Server, certificate);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync($"{s.Tenant}/account/certificate", SignInForm)).StatusCode);
        using var anonymous = new CertificateBrowser(fixture.Server, null);

        using var forbidden = await officer.GetAsync(s.Page);
        using var redirected = await anonymous.GetAsync(s.Page);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Contains("/account/login", redirected.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.NotNull((await s.Admin.PageAsync($"{s.Tenant}/")).QuerySelector($"a[href='/{s.Tenant}/admin/certificates']"));
        Assert.Null((await officer.PageAsync($"{s.Tenant}/")).QuerySelector($"a[href='/{s.Tenant}/admin/certificates']"));
    }

    [Fact]
    public async Task The_list_of_people_narrows_to_a_search_by_name()
    {
        var s = await ScenarioAsync();
        await fixture.CreateUserAsync(s.Tenant, "timthay", "Người Được Tìm Thấy");

        var page = await s.Admin.PageAsync(s.Page + "?q=" + Uri.EscapeDataString("Được Tìm"));

        var row = Assert.Single(page.QuerySelectorAll("#user-certificates tbody tr"));
        Assert.Equal("timthay", row.GetAttribute("data-user"));
    }

    private static async Task AssertErrorAsync(AdminScenario s, string form, byte[] file, string expected)
    {
        var page = await s.Admin.FollowAsync(await s.Admin.UploadAsync(s.Page, form, file, "tep.bin"));
        Assert.Contains(expected, Alert(page, "error"), StringComparison.Ordinal);
    }

    private static IElement Row(IDocument page, X509Certificate2 authority) =>
        page.QuerySelector($"#authorities tr[data-thumbprint='{CertificateText.Thumbprint(authority)}']")
        ?? throw new InvalidOperationException("The CA is not listed.");

    private static string Alert(IDocument page, string kind) => page.QuerySelector($".alert-{kind}")?.TextContent.Trim() ?? "";
}
