using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Portal.Files.Crypto;

/// <summary>
/// A blob: a 16-byte header (magic "PFV1", chunk size, 8-byte random nonce prefix), then AES-256-GCM
/// chunks of <see cref="ChunkSize"/> plain bytes, each followed by its tag; the last chunk is shorter
/// (possibly empty) and flagged final. A chunk's nonce is the prefix and its index; its associated
/// data is the header, the file id, the index and the final flag, so a changed header, a blob moved
/// to another id, reordered chunks, a truncation or an extension all fail the tag check.
/// </summary>
internal static class BlobFormat
{
    public const int ChunkSize = 64 * 1024;
    public const int MaxChunkSize = 1024 * 1024;
    public const int TagSize = 16;
    public const int NonceSize = 12;
    public const int HeaderSize = 16;
    public const int AssociatedDataSize = HeaderSize + 16 + 8 + 1;

    private static ReadOnlySpan<byte> Magic => "PFV1"u8;

    public static byte[] NewHeader()
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), ChunkSize);
        RandomNumberGenerator.Fill(header.AsSpan(8, 8));
        return header;
    }

    /// <summary>The chunk size a header declares; null when it is not a blob of this format.</summary>
    public static int? ChunkSizeOf(ReadOnlySpan<byte> header)
    {
        if (header.Length < HeaderSize || !header[..4].SequenceEqual(Magic))
            return null;
        var size = BinaryPrimitives.ReadInt32BigEndian(header[4..]);
        return size is > 0 and <= MaxChunkSize ? size : null;
    }

    public static void Nonce(ReadOnlySpan<byte> header, long index, Span<byte> nonce)
    {
        header.Slice(8, 8).CopyTo(nonce);
        BinaryPrimitives.WriteUInt32BigEndian(nonce[8..], checked((uint)index));
    }

    public static void AssociatedData(ReadOnlySpan<byte> header, Guid id, long index, bool final, Span<byte> data)
    {
        header[..HeaderSize].CopyTo(data);
        id.TryWriteBytes(data[HeaderSize..]);
        BinaryPrimitives.WriteInt64BigEndian(data[(HeaderSize + 16)..], index);
        data[AssociatedDataSize - 1] = final ? (byte)1 : (byte)0;
    }
}
