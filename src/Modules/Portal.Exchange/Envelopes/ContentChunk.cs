namespace Portal.Exchange.Envelopes;

/// <summary>One chunk of a stream, valid until the next is read, and whether it is the stream's last.</summary>
internal sealed record ContentChunk(ReadOnlyMemory<byte> Data, bool IsLast);
