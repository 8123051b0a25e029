using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Tests.Certificates;

/// <summary>A CA made for one test run with .NET's own builders: it issues sign-in certificates and standard CRLs.</summary>
public sealed class TestAuthority : IDisposable
{
    private int _crlNumber;

    public TestAuthority(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}, O=Portal tests", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        Certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(2));
    }

    /// <summary>The CA's certificate, with its key.</summary>
    public X509Certificate2 Certificate { get; }

    public string CertificatePem => Certificate.ExportCertificatePem();

    /// <summary>A person's sign-in certificate (with its key), valid now unless told otherwise.</summary>
    public X509Certificate2 Issue(string holder, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null, bool clientAuth = true)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={holder}, O=Portal tests", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid(clientAuth ? "1.3.6.1.5.5.7.3.2" : "1.3.6.1.5.5.7.3.4")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Certificate, true, false));
        using var issued = request.Create(Certificate, notBefore ?? DateTimeOffset.UtcNow.AddDays(-1), notAfter ?? DateTimeOffset.UtcNow.AddDays(30),
            RandomNumberGenerator.GetBytes(16));
        using var withKey = issued.CopyWithPrivateKey(key);
        // Through PKCS#12, so the TLS stack gets a key it can use like one loaded from a file.
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>A CRL (DER) listing <paramref name="revoked"/>; by default issued now and due again in a week, numbered in order.</summary>
    public byte[] Crl(IEnumerable<X509Certificate2>? revoked = null, DateTimeOffset? thisUpdate = null, DateTimeOffset? nextUpdate = null,
        int? number = null)
    {
        var builder = new CertificateRevocationListBuilder();
        foreach (var certificate in revoked ?? [])
            builder.AddEntry(certificate, DateTimeOffset.UtcNow.AddMinutes(-1), X509RevocationReason.KeyCompromise);
        var issued = thisUpdate ?? DateTimeOffset.UtcNow.AddMinutes(-1);
        return builder.Build(Certificate, new BigInteger(number ?? Interlocked.Increment(ref _crlNumber)),
            nextUpdate ?? issued.AddDays(7), HashAlgorithmName.SHA256, thisUpdate: issued);
    }

    public static string Pem(byte[] crl) => PemEncoding.WriteString("X509 CRL", crl);

    public void Dispose() => Certificate.Dispose();
}
