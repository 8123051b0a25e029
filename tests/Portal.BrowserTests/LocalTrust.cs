using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Portal.BrowserTests;

/// <summary>
/// The browser trusts the test server's HTTPS address as an agency's computers are told to: through the
/// installation's local CA ({DataFolder}/certs/ca.crt), with no certificate error ignored. Playwright's
/// client-certificate proxy (node), which makes the TLS connection for a context that has a client
/// certificate, gets the CA itself (NODE_EXTRA_CA_CERTS). Chromium takes no CA file on its command line,
/// so it gets the key of the server certificate that was first checked here to chain to that CA.
/// </summary>
public static class LocalTrust
{
    private const string NodeExtraCaCerts = "NODE_EXTRA_CA_CERTS";

    public static string CaFile(PortalTestServer server) => Path.Combine(server.DataFolder, "certs", "ca.crt");

    /// <summary>Starts Playwright's driver with the CA file added to node's trusted roots (read once, when node starts).</summary>
    public static async Task<IPlaywright> CreatePlaywrightAsync(string caFile)
    {
        var before = Environment.GetEnvironmentVariable(NodeExtraCaCerts);
        Environment.SetEnvironmentVariable(NodeExtraCaCerts, caFile);
        try
        {
            return await Playwright.CreateAsync();
        }
        finally
        {
            Environment.SetEnvironmentVariable(NodeExtraCaCerts, before);
        }
    }

    /// <summary>
    /// Chromium's argument that accepts the server's key: the base64 SHA-256 of the SubjectPublicKeyInfo of
    /// the certificate the HTTPS address presents, which must chain to the CA file and name the address.
    /// </summary>
    public static async Task<string> ChromiumArgumentAsync(Uri https, string caFile)
    {
        using var ca = X509Certificate2.CreateFromPem(await File.ReadAllTextAsync(caFile));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(https.Host, https.Port);
        await using var tls = new SslStream(tcp.GetStream());
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = https.Host,
            RemoteCertificateValidationCallback = (_, certificate, _, errors) => ChainsTo(ca, certificate, errors),
        });
        using var server = X509CertificateLoader.LoadCertificate(tls.RemoteCertificate!.GetRawCertData());
        return "--ignore-certificate-errors-spki-list=" + Convert.ToBase64String(SHA256.HashData(server.PublicKey.ExportSubjectPublicKeyInfo()));
    }

    private static bool ChainsTo(X509Certificate2 root, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
            return false;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var presented = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(presented);
    }
}
