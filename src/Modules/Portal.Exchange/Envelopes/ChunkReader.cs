namespace Portal.Exchange.Envelopes;

/// <summary>
/// Reads a stream in full chunks, one ahead, so each chunk knows whether it is the last; an empty stream
/// still gives one (empty) last chunk, so even empty content carries a tag.
/// </summary>
internal sealed class ChunkReader(Stream input, int size)
{
    private byte[] _current = new byte[size];
    private byte[] _next = new byte[size];
    private int _nextLength = -1;
    private bool _done;

    public async Task<ContentChunk?> NextAsync(CancellationToken cancellationToken)
    {
        if (_done)
            return null;
        if (_nextLength < 0)
            _nextLength = await FillAsync(_next, cancellationToken);
        (_current, _next) = (_next, _current);
        var length = _nextLength;
        _nextLength = length == size ? await FillAsync(_next, cancellationToken) : 0;
        _done = _nextLength == 0;
        return new ContentChunk(_current.AsMemory(0, length), _done);
    }

    private async Task<int> FillAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await input.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            if (read == 0)
                break;
            filled += read;
        }
        return filled;
    }
}
