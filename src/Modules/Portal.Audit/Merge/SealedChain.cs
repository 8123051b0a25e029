namespace Portal.Audit.Merge;

/// <summary>A source's sealed chain as the target records it: how many entries, and the last one's position and MAC.</summary>
internal sealed record SealedChain(long Position, string Mac);
