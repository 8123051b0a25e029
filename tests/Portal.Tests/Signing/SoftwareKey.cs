using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Portal.Signing;

namespace Portal.Tests.Signing;

/// <summary>A key held in software, as the tenant keystore will hold one: the certificate with its private key and the issuing CA.</summary>
public sealed class SoftwareKey(X509Certificate2 certificate, X509Certificate2 authority) : ISigningKey
{
    public X509Certificate2 Certificate { get; } = certificate;

    public IReadOnlyList<X509Certificate2> Chain { get; } = [X509CertificateLoader.LoadCertificate(authority.RawData)];

    public AsymmetricAlgorithm PrivateKey { get; } =
        (AsymmetricAlgorithm?)certificate.GetECDsaPrivateKey() ?? certificate.GetRSAPrivateKey() ?? throw new InvalidOperationException("no private key");
}
