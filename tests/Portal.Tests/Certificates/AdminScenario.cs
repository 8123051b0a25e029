namespace Portal.Tests.Certificates;

/// <summary>An agency whose admin ("quantri") signs in with a certificate of the agency's CA, and the admin's browser.</summary>
public sealed class AdminScenario : IDisposable
{
    public required string Tenant { get; init; }
    public required TestAuthority Authority { get; init; }
    public required CertificateBrowser Admin { get; init; }

    public string Page => $"{Tenant}/admin/certificates";

    public static async Task<AdminScenario> CreateAsync(CertificateServerFixture fixture)
    {
        var tenant = await fixture.NewTenantAsync("cert-admin");
        var authority = new TestAuthority("CA của cơ quan");
        await fixture.TrustAsync(tenant, authority, authority.Crl());
        var certificate = authority.Issue("Quản trị xã");
        await fixture.BindAsync(tenant, "quantri", certificate);
        var admin = new CertificateBrowser(fixture.Server, certificate);
        var response = await admin.SubmitAsync($"{tenant}/account/certificate", "form[action$='/account/certificate']");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return new AdminScenario { Tenant = tenant, Authority = authority, Admin = admin };
    }

    public void Dispose()
    {
        Admin.Dispose();
        Authority.Dispose();
    }
}
