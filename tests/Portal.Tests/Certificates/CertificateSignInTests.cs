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

    /// <summary>Each refusal reads the same to the person signing in; only the trail says why.</summary>
    [Theory]
    [InlineData(nameof(SignInScenario.Revoked), "A", "chứng thư 'Trần Thị Bình' đã bị CA 'CA A' thu hồi")]
    [InlineData(nameof(SignInScenario.OfB), "A", "chứng thư không do tổ chức cấp (CA) tin cậy của cơ quan cấp")]
    [InlineData(nameof(SignInScenario.Stranger), "A", "chứng thư không do tổ chức cấp (CA) tin cậy của cơ quan cấp")]
    [InlineData(nameof(SignInScenario.Expired), "A", "chứng thư đã hết hạn")]
    [InlineData(nameof(SignInScenario.Unbound), "A", "chứng thư chưa được gắn với tài khoản nào")]
    [InlineData(nameof(SignInScenario.OfDisabledAccount), "A", "tài khoản 'phamvand' đã bị vô hiệu hóa")]
    [InlineData(nameof(SignInScenario.OfC), "C", "danh sách thu hồi của CA 'CA C' đã quá hạn cập nhật")]
    public async Task A_refused_certificate_gets_the_one_failure_message_and_the_trail_says_why(string certificate, string agency, string reason)
    {
        var s = await ScenarioAsync();
        var tenant = agency == "C" ? s.C : s.A;
        var presented = s.Certificate(certificate);

        await AssertRefusedAsync(tenant, presented);

        await AssertTrailSaysAsync(tenant, presented, reason);
    }

    [Fact]
    public async Task A_certificate_of_another_agency_CA_signs_in_at_its_own_agency()
    {
        var s = await ScenarioAsync();

        using var home = new CertificateBrowser(fixture.Server, s.OfB);
        var response = await home.SubmitAsync($"{s.B}/account/certificate", "form[action$='/account/certificate']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
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
