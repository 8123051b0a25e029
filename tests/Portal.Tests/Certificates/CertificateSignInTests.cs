using System.Net;
using System.Security.Cryptography.X509Certificates;
using Portal.Audit;
using Portal.Identity.Certificates;

namespace Portal.Tests.Certificates;

/// <summary>
/// Sign-in with the certificate presented in the TLS handshake, over the real HTTPS address: it opens
/// the bound account only when the agency's own CA issued it, its CA's current offline list does not
/// revoke it and it is in its validity period; every refusal reads the same, and the trail has the reason.
/// </summary>
[Collection(CertificateServerCollection.Name)]
public sealed class CertificateSignInTests(CertificateServerFixture fixture)
{
    private Task<SignInScenario> ScenarioAsync() => fixture.OnceAsync(nameof(SignInScenario), () => SignInScenario.CreateAsync(fixture));

    [Fact]
    public async Task A_valid_certificate_bound_to_an_account_signs_in_and_the_trail_records_it()
    {
        var s = await ScenarioAsync();
        using var browser = new CertificateBrowser(fixture.Server, s.Valid);

        var page = await browser.PageAsync($"{s.A}/account/certificate");
        Assert.Contains(SignInScenario.ValidFullName, page.QuerySelector("#presented-certificate")!.TextContent);
        var response = await browser.SubmitAsync($"{s.A}/account/certificate", "form[action$='/account/certificate']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/{s.A}/", response.Headers.Location!.OriginalString);
        var home = await browser.PageAsync($"{s.A}/");
        Assert.Contains(SignInScenario.ValidFullName, home.QuerySelector(".user-name")!.TextContent);
        var entry = (await fixture.AuditAsync(s.A, AuditActions.SignIn)).First();
        Assert.Equal((AuditOutcome.Succeeded, SignInScenario.ValidUser), (entry.Outcome, entry.UserName));
        Assert.StartsWith("chứng thư số: hợp lệ", entry.Details);
    }

    [Fact]
    public async Task A_certificate_revoked_on_the_agency_CRL_is_refused_and_the_trail_says_why()
    {
        var s = await ScenarioAsync();

        await AssertRefusedAsync(s.A, s.Revoked);

        await AssertTrailSaysAsync(s.A, s.Revoked, "chứng thư 'Trần Thị Bình' đã bị CA 'CA A' thu hồi");
    }

    [Fact]
    public async Task A_certificate_of_another_agency_CA_is_refused_though_it_signs_in_at_its_own_agency()
    {
        var s = await ScenarioAsync();

        await AssertRefusedAsync(s.A, s.OfB);
        await AssertTrailSaysAsync(s.A, s.OfB, "chứng thư không do tổ chức cấp (CA) tin cậy của cơ quan cấp");

        using var home = new CertificateBrowser(fixture.Server, s.OfB);
        var response = await home.SubmitAsync($"{s.B}/account/certificate", "form[action$='/account/certificate']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_certificate_of_a_CA_no_agency_trusts_is_refused()
    {
        var s = await ScenarioAsync();

        await AssertRefusedAsync(s.A, s.Stranger);

        await AssertTrailSaysAsync(s.A, s.Stranger, "chứng thư không do tổ chức cấp (CA) tin cậy của cơ quan cấp");
    }

    [Fact]
    public async Task An_expired_certificate_is_refused_though_it_is_bound_to_an_account()
    {
        var s = await ScenarioAsync();

        await AssertRefusedAsync(s.A, s.Expired);

        await AssertTrailSaysAsync(s.A, s.Expired, "chứng thư đã hết hạn");
    }

    [Fact]
    public async Task A_valid_certificate_bound_to_no_account_gets_the_same_answer()
    {
        var s = await ScenarioAsync();

        await AssertRefusedAsync(s.A, s.Unbound);

        await AssertTrailSaysAsync(s.A, s.Unbound, "chứng thư chưa được gắn với tài khoản nào");
    }

    [Fact]
    public async Task The_certificate_of_a_disabled_account_is_refused()
    {
        var s = await ScenarioAsync();

        await AssertRefusedAsync(s.A, s.OfDisabledAccount);

        await AssertTrailSaysAsync(s.A, s.OfDisabledAccount, "tài khoản 'phamvand' đã bị vô hiệu hóa");
    }

    [Fact]
    public async Task A_CRL_past_its_next_update_refuses_the_certificates_of_its_CA()
    {
        var s = await ScenarioAsync();

        await AssertRefusedAsync(s.C, s.OfC);

        await AssertTrailSaysAsync(s.C, s.OfC, "danh sách thu hồi của CA 'CA C' đã quá hạn cập nhật");
    }

    [Fact]
    public async Task Without_HTTPS_no_certificate_is_read_and_sign_in_is_refused()
    {
        var s = await ScenarioAsync();
        using var browser = new CertificateBrowser(fixture.Server, null, https: false);

        var page = await browser.PageAsync($"{s.A}/account/certificate");
        Assert.Contains("HTTPS", page.QuerySelector(".alert-info")!.TextContent, StringComparison.Ordinal);
        var response = await browser.SubmitAsync($"{s.A}/account/certificate", "form[action$='/account/certificate']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CertificateSignIn.Failed, (await Testing.PortalClient.ParseAsync(response)).QuerySelector(".alert-error")!.TextContent.Trim());
    }

    /// <summary>The trail has the attempt with this certificate as failed, with the real reason.</summary>
    private async Task AssertTrailSaysAsync(string tenant, X509Certificate2 certificate, string reason)
    {
        var entry = (await fixture.AuditAsync(tenant, AuditActions.SignIn))
            .First(e => e.Details.Contains(CertificateText.Thumbprint(certificate), StringComparison.Ordinal));
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.StartsWith("chứng thư số: " + reason, entry.Details, StringComparison.Ordinal);
    }

    /// <summary>The sign-in page answers with the one failure message and no session is opened.</summary>
    private async Task AssertRefusedAsync(string tenant, X509Certificate2 certificate)
    {
        using var browser = new CertificateBrowser(fixture.Server, certificate);

        var response = await browser.SubmitAsync($"{tenant}/account/certificate", "form[action$='/account/certificate']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Testing.PortalClient.ParseAsync(response);
        Assert.Equal(CertificateSignIn.Failed, page.QuerySelector(".alert-error")!.TextContent.Trim());
        using var home = await browser.GetAsync($"{tenant}/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Contains("/account/login", home.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
