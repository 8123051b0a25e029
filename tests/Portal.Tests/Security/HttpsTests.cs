using System.Net;
using System.Net.Security;
using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Security;

/// <summary>The HTTPS address serves a certificate issued by the installation's local CA (App_Data/certs/ca.crt).</summary>
[Collection(DemoServerCollection.Name)]
public sealed class HttpsTests(DemoServerFixture fixture)
{
    private PortalTestServer Server => fixture.Server;

    [Fact]
    public async Task The_https_address_serves_a_certificate_that_chains_to_the_local_CA_with_HSTS()
    {
        using var ca = X509Certificate2.CreateFromPem(await File.ReadAllTextAsync(Path.Combine(Server.DataFolder, "certs", "ca.crt")));
        using var client = new HttpClient(TrustingOnly(ca)) { BaseAddress = Server.HttpsAddress };

        var health = await client.GetAsync("health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(health.Headers.GetValues("Strict-Transport-Security")));
        var login = await client.GetAsync(DemoAccounts.Commune + "/account/login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("Ủy ban nhân dân xã Hưng Dũng", await login.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_client_trusting_another_CA_refuses_the_connection()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var stranger = new CertificateRequest("CN=Another CA", key, HashAlgorithmName.SHA256)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        using var client = new HttpClient(TrustingOnly(stranger)) { BaseAddress = Server.HttpsAddress };

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("health"));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task The_ca_certificate_is_public_and_its_key_is_readable_by_the_service_account_only()
    {
        var certs = Path.Combine(Server.DataFolder, "certs");

        var caText = await File.ReadAllTextAsync(Path.Combine(certs, "ca.crt"));

        Assert.DoesNotContain("PRIVATE KEY", caText);
        foreach (var secret in new[] { "ca.pfx", "server.pfx" })
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(certs, secret)));
    }

    /// <summary>A handler that accepts the server's certificate only if it chains to <paramref name="root"/> and names the host.</summary>
    private static HttpClientHandler TrustingOnly(X509Certificate2 root) => new()
    {
        ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
        {
            if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
                return false;
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(root);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            return chain.Build(certificate);
        },
    };
}
