using System.Security.Cryptography.X509Certificates;
using Portal.Signing;

namespace Portal.Tests.Signing;

/// <summary>An agency's trust as the verifier sees it: these CAs, and these certificates revoked.</summary>
public sealed class ListTrust(IEnumerable<X509Certificate2> authorities, IEnumerable<X509Certificate2>? revoked = null) : ISignatureTrust
{
    private readonly HashSet<string> _revoked = (revoked ?? []).Select(c => c.SerialNumber).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<X509Certificate2> Authorities { get; } = authorities.Select(a => X509CertificateLoader.LoadCertificate(a.RawData)).ToList();

    public bool IsRevoked(X509Certificate2 certificate) => _revoked.Contains(certificate.SerialNumber);
}
