using System.Security.Cryptography.X509Certificates;
using Portal.Signing;

namespace Portal.Outgoing.Keys;

/// <summary>The CA of the tenant's keystore, trusted for the agency's own signatures; it has revoked nothing.</summary>
internal sealed class KeystoreTrust(X509Certificate2 authority) : ISignatureTrust
{
    public IReadOnlyList<X509Certificate2> Authorities { get; } = [authority];

    public bool IsRevoked(X509Certificate2 certificate) => false;
}
