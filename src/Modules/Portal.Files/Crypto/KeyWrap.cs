using System.Security.Cryptography;
using System.Text;

namespace Portal.Files.Crypto;

/// <summary>
/// A key wrapped by another with AES-256-GCM: random nonce, ciphertext, tag. The context (what the key
/// is for, e.g. which file and which data-key version) is bound as associated data, so a wrapped key
/// copied onto another row does not open.
/// </summary>
internal static class KeyWrap
{
    private const int KeySize = 32;
    private const int Size = BlobFormat.NonceSize + KeySize + BlobFormat.TagSize;

    public static byte[] Wrap(byte[] wrappingKey, ReadOnlySpan<byte> key, string context)
    {
        var wrapped = new byte[Size];
        var nonce = wrapped.AsSpan(0, BlobFormat.NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(wrappingKey, BlobFormat.TagSize);
        aes.Encrypt(nonce, key, wrapped.AsSpan(BlobFormat.NonceSize, KeySize), wrapped.AsSpan(BlobFormat.NonceSize + KeySize), Encoding.UTF8.GetBytes(context));
        return wrapped;
    }

    /// <summary>The key, or null when the wrapping key or the context is not the one it was wrapped with, or the bytes were changed.</summary>
    public static byte[]? Unwrap(byte[] wrappingKey, byte[] wrapped, string context)
    {
        if (wrapped.Length != Size)
            return null;
        var key = new byte[KeySize];
        using var aes = new AesGcm(wrappingKey, BlobFormat.TagSize);
        try
        {
            aes.Decrypt(wrapped.AsSpan(0, BlobFormat.NonceSize), wrapped.AsSpan(BlobFormat.NonceSize, KeySize),
                wrapped.AsSpan(BlobFormat.NonceSize + KeySize), key, Encoding.UTF8.GetBytes(context));
            return key;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
