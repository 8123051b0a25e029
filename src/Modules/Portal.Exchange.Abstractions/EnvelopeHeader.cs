namespace Portal.Exchange;

/// <summary>
/// What an envelope says about itself, all of it covered by the sender's signature: who sends to whom
/// (agency identifier codes), which issued document, the metadata (JSON), and the content it seals —
/// the ciphertext's hash and length, the nonce it was sealed with, and the content key wrapped for this
/// recipient alone. The ciphertext itself travels beside the header and is the same for every recipient.
/// </summary>
public sealed record EnvelopeHeader(
    Guid Id,
    string Sender,
    string Recipient,
    string DocumentKey,
    DateTimeOffset Created,
    string Metadata,
    byte[] ContentHash,
    long ContentLength,
    byte[] BaseNonce,
    byte[] WrappedKey);
