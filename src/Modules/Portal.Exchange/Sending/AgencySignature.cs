using System.Security.Cryptography;

namespace Portal.Exchange.Sending;

/// <summary>An agency's ECDSA P-256 signature over a message between nodes (status, recall, decision), checked against its published key.</summary>
internal static class AgencySignature
{
    public static byte[] Sign(byte[] signed, ECDsa key) => key.SignData(signed, HashAlgorithmName.SHA256);

    public static bool Verifies(byte[] signed, byte[] signature, byte[] subjectPublicKeyInfo)
    {
        using var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
        return key.VerifyData(signed, signature, HashAlgorithmName.SHA256);
    }
}
