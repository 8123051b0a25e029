using System.Net;
using Portal.Core.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Host.Security;

/// <summary>
/// The HTTPS identity of an installation without outside PKI: a local CA made on first run, and a
/// server certificate for the loopback names signed by it. The CA certificate (ca.crt) is what
/// browsers are told to trust; keys stay in App_Data/certs, readable by the service account only.
/// </summary>
public static class LocalCertificateAuthority
{
    public static X509Certificate2 ServerCertificate(string dataFolder)
    {
        var folder = Path.Combine(dataFolder, "certs");
        var serverFile = Path.Combine(folder, "server.pfx");
        if (File.Exists(serverFile))
        {
            var existing = X509CertificateLoader.LoadPkcs12FromFile(serverFile, null);
            if (existing.NotAfter > DateTime.UtcNow.AddDays(30))
                return existing;
        }
        Directory.CreateDirectory(folder);
        var ca = LoadOrCreateCa(folder);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Portal (127.0.0.1)", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var serial = RandomNumberGenerator.GetBytes(16);
        using var signed = request.Create(ca, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(2), serial);
        using var withKey = signed.CopyWithPrivateKey(key);
        PrivateFile.Write(serverFile, withKey.Export(X509ContentType.Pfx));
        return X509CertificateLoader.LoadPkcs12FromFile(serverFile, null);
    }

    private static X509Certificate2 LoadOrCreateCa(string folder)
    {
        var caFile = Path.Combine(folder, "ca.pfx");
        if (File.Exists(caFile))
            return X509CertificateLoader.LoadPkcs12FromFile(caFile, null);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var request = new CertificateRequest("CN=Portal Local CA, O=Portal", key, HashAlgorithmName.SHA384);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        using var ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(10));
        PrivateFile.Write(caFile, ca.Export(X509ContentType.Pfx));
        File.WriteAllText(Path.Combine(folder, "ca.crt"), ca.ExportCertificatePem());
        return X509CertificateLoader.LoadPkcs12FromFile(caFile, null);
    }
}
