namespace Portal.Exchange;

/// <summary>What one sending carries: the issued document's key in the sender's system, its metadata (JSON) and its content.</summary>
public sealed record ContentToSend(string DocumentKey, string Metadata, Stream Content);
