using System.Security.Cryptography;

namespace Portal.Tests.Files;

/// <summary>
/// Deterministic content of any length made on the fly (a prefix such as "%PDF-", then pseudo-random
/// bytes), never held whole in memory; it does not tell its length, as a chunked upload does not.
/// </summary>
public sealed class GeneratedContent(long length, byte[] prefix, int seed = 7) : Stream
{
    private readonly Random _random = new(seed);
    private long _position;

    public static string Sha256(long length, byte[] prefix, int seed = 7)
    {
        using var content = new GeneratedContent(length, prefix, seed);
        return Convert.ToHexStringLower(SHA256.HashData(content));
    }

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        var target = buffer[..count];
        _random.NextBytes(target);
        for (var i = 0; i < count && _position + i < prefix.Length; i++)
            target[i] = prefix[_position + i];
        _position += count;
        return count;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
