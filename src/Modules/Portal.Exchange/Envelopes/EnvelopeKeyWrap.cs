using System.Security.Cryptography;
using System.Text;

namespace Portal.Exchange.Envelopes;

/// <summary>
/// Wraps the content key for one recipient by ECDH on P-256 with a fresh ephemeral key (ECIES): the shared
/// secret goes through HKDF-SHA256, bound to the ephemeral key, the envelope and the recipient, into a key
/// used once for AES-256-GCM. P-256 keys are made in a millisecond, where RSA-3072 took about half a second
/// of every new agency's set-up, for the same 128-bit strength. Wrapped: ephemeral point (65) | key | tag.
/// </summary>
internal static class EnvelopeKeyWrap
{
    private const int PointSize = 65;
    private const int TagSize = 16;

    /// <summary>Each derived key wraps exactly one content key, so a fixed nonce never repeats under a key.</summary>
    private static readonly byte[] Nonce = new byte[12];

    public static byte[] Wrap(ECDiffieHellman recipientKey, byte[] contentKey, Guid envelopeId, string recipientCode)
    {
        using var ephemeral = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var point = Point(ephemeral.ExportParameters(false).Q);
        var wrapped = new byte[PointSize + contentKey.Length + TagSize];
        point.CopyTo(wrapped, 0);
        var kek = Derive(ephemeral, recipientKey.PublicKey, point, envelopeId, recipientCode);
        try
        {
            using var aes = new AesGcm(kek, TagSize);
            aes.Encrypt(Nonce, contentKey, wrapped.AsSpan(PointSize, contentKey.Length), wrapped.AsSpan(PointSize + contentKey.Length));
            return wrapped;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(kek);
        }
    }

    /// <summary>The content key, or <see cref="CryptographicException"/> when the wrapped key was not made for this key and envelope.</summary>
    public static byte[] Unwrap(ECDiffieHellman ownKey, byte[] wrapped, Guid envelopeId, string recipientCode)
    {
        if (wrapped.Length <= PointSize + TagSize || wrapped[0] != 0x04)
            throw new CryptographicException("The wrapped key has the wrong shape.");
        var point = wrapped[..PointSize];
        using var ephemeral = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = point[1..33], Y = point[33..] },
        });
        var kek = Derive(ownKey, ephemeral.PublicKey, point, envelopeId, recipientCode);
        try
        {
            var key = new byte[wrapped.Length - PointSize - TagSize];
            using var aes = new AesGcm(kek, TagSize);
            aes.Decrypt(Nonce, wrapped.AsSpan(PointSize, key.Length), wrapped.AsSpan(PointSize + key.Length), key);
            return key;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(kek);
        }
    }

    private static byte[] Derive(ECDiffieHellman own, ECDiffieHellmanPublicKey other, byte[] ephemeralPoint, Guid envelopeId, string recipientCode)
    {
        var secret = own.DeriveRawSecretAgreement(other);
        try
        {
            return HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, salt: ephemeralPoint,
                info: Encoding.UTF8.GetBytes($"portal-exchange-key|{envelopeId:N}|{recipientCode}"));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    private static byte[] Point(ECPoint q) => [0x04, .. q.X!, .. q.Y!];
}
