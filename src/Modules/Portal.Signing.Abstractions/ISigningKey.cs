using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Signing;

/// <summary>
/// A signer's key: the certificate, the chain sent with the signature, and the private key. A hardware
/// token plugs in by giving an <see cref="AsymmetricAlgorithm"/> whose signing runs on the token, so
/// the key never leaves it.
/// </summary>
public interface ISigningKey
{
    X509Certificate2 Certificate { get; }

    /// <summary>The issuing CAs (without the root is enough), so a verifier can build the chain offline.</summary>
    IReadOnlyList<X509Certificate2> Chain { get; }

    AsymmetricAlgorithm PrivateKey { get; }
}
