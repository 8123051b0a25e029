using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace Portal.Files.Crypto;

/// <summary>
/// The plain content of a blob, read and decrypted one chunk at a time (seekable, so a DOCX's central
/// directory can be read without the rest). A chunk's bytes are returned only after its tag checks.
/// </summary>
internal sealed class BlobReadStream : Stream
{
    private const string Damaged = "Nội dung tệp đã bị hỏng hoặc bị sửa đổi; không đọc được.";

    private readonly SafeFileHandle _file;
    private readonly Guid _id;
    private readonly AesGcm _aes;
    private readonly byte[] _header;
    private readonly int _chunkSize;
    private readonly long _lastIndex;
    private readonly byte[] _plain;
    private readonly byte[] _sealed;
    private long _loadedIndex = -1;
    private int _loadedLength;
    private long _position;
    private bool _finalChecked;
    private bool _disposed;

    private BlobReadStream(SafeFileHandle file, Guid id, byte[] fileKey, byte[] header, int chunkSize, long lastIndex, long length)
    {
        _file = file;
        _id = id;
        _aes = new AesGcm(fileKey, BlobFormat.TagSize);
        _header = header;
        _chunkSize = chunkSize;
        _lastIndex = lastIndex;
        Length = length;
        _plain = ArrayPool<byte>.Shared.Rent(chunkSize);
        _sealed = ArrayPool<byte>.Shared.Rent(chunkSize + BlobFormat.TagSize);
    }

    public static BlobReadStream Open(string path, Guid id, byte[] fileKey)
    {
        SafeFileHandle file;
        try
        {
            file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FileUnreadableException("Không tìm thấy nội dung của tệp trong kho lưu trữ.", e);
        }
        try
        {
            var header = new byte[BlobFormat.HeaderSize];
            var size = RandomAccess.GetLength(file);
            if (RandomAccess.Read(file, header, 0) != BlobFormat.HeaderSize || BlobFormat.ChunkSizeOf(header) is not { } chunkSize)
                throw new FileUnreadableException(Damaged);
            // Every chunk but the last is full; the last is shorter than a chunk, so the blob's size alone gives the layout.
            var unit = (long)chunkSize + BlobFormat.TagSize;
            var body = size - BlobFormat.HeaderSize;
            var remainder = body % unit;
            if (remainder < BlobFormat.TagSize)
                throw new FileUnreadableException(Damaged);
            var full = body / unit;
            return new BlobReadStream(file, id, fileKey, header, chunkSize, full, full * chunkSize + remainder - BlobFormat.TagSize);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length { get; }

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.Length == 0)
            return 0;
        var index = ChunkToRead();
        if (index >= 0 && index != _loadedIndex)
        {
            var length = SealedLength(index);
            if (RandomAccess.Read(_file, _sealed.AsSpan(0, length), Offset(index)) != length)
                throw new FileUnreadableException(Damaged);
            Open(index, length);
        }
        return CopyOut(buffer);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        buffer.Length == 0 ? ValueTask.FromResult(0) : ReadChunkAsync(buffer, cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private async ValueTask<int> ReadChunkAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var index = ChunkToRead();
        if (index >= 0 && index != _loadedIndex)
        {
            var length = SealedLength(index);
            if (await RandomAccess.ReadAsync(_file, _sealed.AsMemory(0, length), Offset(index), cancellationToken) != length)
                throw new FileUnreadableException(Damaged);
            Open(index, length);
        }
        return CopyOut(buffer.Span);
    }

    /// <summary>
    /// The chunk holding the position; at the end, the final chunk until its tag has been checked, so a
    /// blob cut just after a full chunk (leaving what looks like an empty final chunk) is caught.
    /// </summary>
    private long ChunkToRead() => _position < Length ? _position / _chunkSize : _finalChecked ? -1 : _lastIndex;

    private int SealedLength(long index) =>
        (index == _lastIndex ? (int)(Length - index * _chunkSize) : _chunkSize) + BlobFormat.TagSize;

    private long Offset(long index) => BlobFormat.HeaderSize + index * (_chunkSize + (long)BlobFormat.TagSize);

    private void Open(long index, int sealedLength)
    {
        var plainLength = sealedLength - BlobFormat.TagSize;
        Span<byte> nonce = stackalloc byte[BlobFormat.NonceSize];
        Span<byte> data = stackalloc byte[BlobFormat.AssociatedDataSize];
        BlobFormat.Nonce(_header, index, nonce);
        BlobFormat.AssociatedData(_header, _id, index, index == _lastIndex, data);
        _loadedIndex = -1;
        try
        {
            _aes.Decrypt(nonce, _sealed.AsSpan(0, plainLength), _sealed.AsSpan(plainLength, BlobFormat.TagSize),
                _plain.AsSpan(0, plainLength), data);
        }
        catch (CryptographicException e)
        {
            CryptographicOperations.ZeroMemory(_plain);
            throw new FileUnreadableException(Damaged, e);
        }
        _loadedIndex = index;
        _loadedLength = plainLength;
        _finalChecked |= index == _lastIndex;
    }

    private int CopyOut(Span<byte> buffer)
    {
        if (_position >= Length)
            return 0;
        var offset = (int)(_position - _loadedIndex * _chunkSize);
        var count = Math.Min(buffer.Length, _loadedLength - offset);
        _plain.AsSpan(offset, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => Length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        // A stream may be disposed more than once (MVC's file result does): returning the pooled buffers twice
        // would hand one buffer to two later renters, mixing their bytes.
        if (disposing && !_disposed)
        {
            _disposed = true;
            _file.Dispose();
            _aes.Dispose();
            ArrayPool<byte>.Shared.Return(_plain, clearArray: true);
            ArrayPool<byte>.Shared.Return(_sealed);
        }
        base.Dispose(disposing);
    }
}
