using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Portal.Exchange.Envelopes;

/// <summary>
/// The content, sealed once for every recipient: AES-256-GCM in 64 KiB chunks, so a large issued
/// document never sits whole in memory. A chunk's nonce is the base nonce with the chunk's index mixed
/// into its last eight bytes, and its associated data is that index and whether it is the last chunk:
/// chunks cannot be reordered, dropped, or cut off at the end without a tag failing. The content key is
/// shared by all recipients, so a recipient could forge chunks; the signed hash of the whole ciphertext
/// is what ties it to the sender, and opening checks it.
/// </summary>
internal static class ContentCipher
{
    public const int ChunkSize = 64 * 1024;
    public const int TagSize = 16;
    public const int KeySize = 32;
    public const int NonceSize = 12;

    public static async Task<SealedContent> SealAsync(Stream plain, Stream output, byte[] key, byte[] baseNonce, CancellationToken cancellationToken)
    {
        using var aes = new AesGcm(key, TagSize);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunks = new ChunkReader(plain, ChunkSize);
        var sealedChunk = new byte[ChunkSize + TagSize];
        long index = 0, length = 0;
        while (await chunks.NextAsync(cancellationToken) is { } chunk)
        {
            var size = chunk.Data.Length;
            aes.Encrypt(Nonce(baseNonce, index), chunk.Data.Span, sealedChunk.AsSpan(0, size), sealedChunk.AsSpan(size, TagSize),
                Associated(index, chunk.IsLast));
            hash.AppendData(sealedChunk, 0, size + TagSize);
            await output.WriteAsync(sealedChunk.AsMemory(0, size + TagSize), cancellationToken);
            length += size + TagSize;
            index++;
        }
        return new SealedContent(hash.GetHashAndReset(), length);
    }

    /// <summary>
    /// Writes the plain content to <paramref name="output"/> as it goes; it is whole and genuine only if this
    /// returns, so the caller keeps it somewhere temporary until then.
    /// </summary>
    public static async Task OpenAsync(Stream sealedInput, Stream output, byte[] key, byte[] baseNonce, SealedContent expected,
        CancellationToken cancellationToken)
    {
        using var aes = new AesGcm(key, TagSize);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunks = new ChunkReader(sealedInput, ChunkSize + TagSize);
        var plain = new byte[ChunkSize];
        long index = 0, length = 0;
        while (await chunks.NextAsync(cancellationToken) is { } chunk)
        {
            var size = chunk.Data.Length - TagSize;
            if (size < 0)
                throw new EnvelopeException(EnvelopeRefusal.Tampered);
            hash.AppendData(chunk.Data.Span);
            length += chunk.Data.Length;
            try
            {
                aes.Decrypt(Nonce(baseNonce, index), chunk.Data.Span[..size], chunk.Data.Span[size..], plain.AsSpan(0, size),
                    Associated(index, chunk.IsLast));
            }
            catch (AuthenticationTagMismatchException)
            {
                throw new EnvelopeException(EnvelopeRefusal.Tampered);
            }
            await output.WriteAsync(plain.AsMemory(0, size), cancellationToken);
            index++;
        }
        if (length != expected.Length || !CryptographicOperations.FixedTimeEquals(hash.GetHashAndReset(), expected.Hash))
            throw new EnvelopeException(EnvelopeRefusal.Tampered);
    }

    private static byte[] Nonce(byte[] baseNonce, long index)
    {
        var nonce = (byte[])baseNonce.Clone();
        var counter = BinaryPrimitives.ReadUInt64BigEndian(nonce.AsSpan(NonceSize - 8)) ^ (ulong)index;
        BinaryPrimitives.WriteUInt64BigEndian(nonce.AsSpan(NonceSize - 8), counter);
        return nonce;
    }

    private static byte[] Associated(long index, bool isLast)
    {
        var data = new byte[9];
        BinaryPrimitives.WriteInt64BigEndian(data, index);
        data[8] = isLast ? (byte)1 : (byte)0;
        return data;
    }
}
