namespace Portal.Exchange.Envelopes;

/// <summary>The sealed content as the signed header names it: SHA-256 of the ciphertext and its length.</summary>
internal sealed record SealedContent(byte[] Hash, long Length);
