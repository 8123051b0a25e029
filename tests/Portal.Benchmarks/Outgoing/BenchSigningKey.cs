using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Portal.Signing;

namespace Portal.Benchmarks.Outgoing;

/// <summary>A signer's RSA-2048 key under a CA made for the run: the shape of the tenant keystore's keys, and the trust that knows that CA.</summary>
public sealed class BenchSigningKey : ISigningKey, ISignatureTrust
{
    private BenchSigningKey(X509Certificate2 certificate, X509Certificate2 authority)
    {
        Certificate = certificate;
        Chain = [authority];
        Authorities = [authority];
        PrivateKey = certificate.GetRSAPrivateKey()!;
    }

    public X509Certificate2 Certificate { get; }
    public IReadOnlyList<X509Certificate2> Chain { get; }
    public AsymmetricAlgorithm PrivateKey { get; }
    public IReadOnlyList<X509Certificate2> Authorities { get; }

    public bool IsRevoked(X509Certificate2 certificate) => false;

    public static BenchSigningKey Create()
    {
        var now = DateTimeOffset.UtcNow;
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=CA đo hiệu năng", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Nguyễn Văn Hùng", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        using var issued = request.Create(ca, now.AddDays(-1), now.AddMonths(6), [1, 2, 3, 4, 5, 6, 7, 8]);
        return new BenchSigningKey(issued.CopyWithPrivateKey(key), X509CertificateLoader.LoadCertificate(ca.RawData));
    }
}
