using System.Buffers;
using System.Security.Cryptography;

namespace Portal.Files.Crypto;

/// <summary>Encrypts plain chunks into a blob as they arrive (see <see cref="BlobFormat"/>); one chunk is in memory at a time.</summary>
internal sealed class BlobWriter : IDisposable
{
    private readonly Stream _output;
    private readonly Guid _id;
    private readonly AesGcm _aes;
    private readonly byte[] _header = BlobFormat.NewHeader();
    private readonly byte[] _sealed = ArrayPool<byte>.Shared.Rent(BlobFormat.ChunkSize + BlobFormat.TagSize);
    private long _index;
    private bool _started;
    private bool _disposed;

    public BlobWriter(Stream output, Guid id, byte[] fileKey)
    {
        _output = output;
        _id = id;
        _aes = new AesGcm(fileKey, BlobFormat.TagSize);
    }

    public async ValueTask WriteChunkAsync(ReadOnlyMemory<byte> plain, bool final, CancellationToken cancellationToken)
    {
        if (plain.Length > BlobFormat.ChunkSize || (!final && plain.Length != BlobFormat.ChunkSize))
            throw new ArgumentException("Only the final chunk may be shorter than the chunk size.", nameof(plain));
        if (!_started)
        {
            await _output.WriteAsync(_header, cancellationToken);
            _started = true;
        }
        Seal(plain.Span, final);
        await _output.WriteAsync(_sealed.AsMemory(0, plain.Length + BlobFormat.TagSize), cancellationToken);
        _index++;
    }

    private void Seal(ReadOnlySpan<byte> plain, bool final)
    {
        Span<byte> nonce = stackalloc byte[BlobFormat.NonceSize];
        Span<byte> data = stackalloc byte[BlobFormat.AssociatedDataSize];
        BlobFormat.Nonce(_header, _index, nonce);
        BlobFormat.AssociatedData(_header, _id, _index, final, data);
        _aes.Encrypt(nonce, plain, _sealed.AsSpan(0, plain.Length), _sealed.AsSpan(plain.Length, BlobFormat.TagSize), data);
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _aes.Dispose();
        ArrayPool<byte>.Shared.Return(_sealed, clearArray: true);
    }
}
