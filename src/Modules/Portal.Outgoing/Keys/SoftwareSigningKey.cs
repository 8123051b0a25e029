using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Portal.Signing;

namespace Portal.Outgoing.Keys;

/// <summary>A key held in the tenant's software keystore; a hardware token would implement <see cref="ISigningKey"/> instead.</summary>
internal sealed class SoftwareSigningKey(X509Certificate2 certificate, X509Certificate2 authority) : ISigningKey, IDisposable
{
    public X509Certificate2 Certificate { get; } = certificate;

    public IReadOnlyList<X509Certificate2> Chain { get; } = [authority];

    public AsymmetricAlgorithm PrivateKey { get; } = certificate.GetECDsaPrivateKey()
        ?? throw new SigningException("Khóa ký số trong kho khóa không dùng được.");

    public void Dispose()
    {
        PrivateKey.Dispose();
        Certificate.Dispose();
    }
}
