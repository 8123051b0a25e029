namespace Portal.Exchange;

/// <summary>A header and the sending agency's signature over it (ECDSA P-256, SHA-256).</summary>
public sealed record SealedEnvelope(EnvelopeHeader Header, byte[] Signature);
