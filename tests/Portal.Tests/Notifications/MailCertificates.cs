using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Tests.Notifications;

/// <summary>
/// An internal CA of the test's own and a server certificate it issued for 127.0.0.1, as the PEM files a mail server
/// loads; nothing of it is in the machine's trust store.
/// </summary>
public sealed class MailCertificates : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-mail-certs", Guid.NewGuid().ToString("N"));

    public string CaPem { get; }
    public string CertificateFile => Path.Combine(_folder, "server.pem");
    public string KeyFile => Path.Combine(_folder, "server.key");

    /// <summary>A CA and a server certificate it issued, through an intermediate CA the server sends along when asked.</summary>
    public MailCertificates(string caName, bool intermediate = false)
    {
        Directory.CreateDirectory(_folder);
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var ca = Authority($"CN={caName}", caKey).CreateSelfSigned(Now.AddDays(-1), Now.AddDays(30));
        CaPem = ca.ExportCertificatePem();
        using var middleKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var middle = intermediate
            ? Authority($"CN={caName} - trung gian", middleKey).Create(ca, Now.AddDays(-1), Now.AddDays(20), RandomNumberGenerator.GetBytes(8))
                .CopyWithPrivateKey(middleKey)
            : null;

        using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var server = serverRequest.Create(middle ?? ca, Now.AddDays(-1), Now.AddDays(7), RandomNumberGenerator.GetBytes(8));
        File.WriteAllText(CertificateFile, server.ExportCertificatePem() + "\n" + (middle?.ExportCertificatePem() ?? ""));
        File.WriteAllText(KeyFile, serverKey.ExportPkcs8PrivateKeyPem());
    }

    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    private static CertificateRequest Authority(string name, ECDsa key)
    {
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request;
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
