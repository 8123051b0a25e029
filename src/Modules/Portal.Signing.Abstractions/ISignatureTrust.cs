using System.Security.Cryptography.X509Certificates;

namespace Portal.Signing;

/// <summary>The CAs an agency trusts and its offline revocation lists (the networks reach no CA); the identity module keeps them per tenant.</summary>
public interface ISignatureTrust
{
    IReadOnlyList<X509Certificate2> Authorities { get; }

    bool IsRevoked(X509Certificate2 certificate);
}
