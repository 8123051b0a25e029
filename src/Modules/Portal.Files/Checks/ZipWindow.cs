namespace Portal.Files.Checks;

/// <summary>A read-only window on part of a seekable stream: one entry's compressed bytes, and no more.</summary>
internal sealed class ZipWindow(Stream inner, long start, long length) : Stream
{
    private long _position;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var wanted = (int)Math.Min(count, length - _position);
        if (wanted <= 0)
            return 0;
        inner.Position = start + _position;
        var read = inner.Read(buffer, offset, wanted);
        _position += read;
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;

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
