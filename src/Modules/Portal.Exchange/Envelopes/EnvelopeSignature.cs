using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Portal.Exchange.Envelopes;

/// <summary>
/// The bytes a sender signs: a fixed label, then the header as JSON (properties in declaration order,
/// binary as base64), so every field — the recipient and the wrapped key included — is covered.
/// </summary>
internal static class EnvelopeSignature
{
    private static readonly byte[] Label = Encoding.ASCII.GetBytes("portal-envelope-v1\n");

    public static byte[] Sign(EnvelopeHeader header, ECDsa senderKey) =>
        senderKey.SignData(Bytes(header), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    public static bool Verify(SealedEnvelope envelope, ECDsa senderKey)
    {
        try
        {
            return senderKey.VerifyData(Bytes(envelope.Header), envelope.Signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static byte[] Bytes(EnvelopeHeader header) => [.. Label, .. JsonSerializer.SerializeToUtf8Bytes(header)];
}
