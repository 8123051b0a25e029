using System.Security.Cryptography;

namespace Portal.Exchange;

/// <summary>
/// Seals and opens envelopes between agencies. The content is encrypted once, into the sealed stream the
/// caller gives, and every recipient gets its own signed header with the content key wrapped for it.
/// </summary>
public interface IEnvelopeSeal
{
    Task<IReadOnlyList<SealedEnvelope>> SealAsync(EnvelopeSender sender, ContentToSend content, IReadOnlyList<EnvelopeRecipient> recipients,
        Stream sealedContent, CancellationToken cancellationToken);

    /// <summary>
    /// Checks the sender's signature, that the envelope is this agency's, and the content against the
    /// signed hash, writing the plain content to <paramref name="plainContent"/> as it goes: keep it
    /// temporary until this returns. Throws <see cref="EnvelopeException"/> when the envelope is refused.
    /// </summary>
    Task OpenAsync(SealedEnvelope envelope, Stream sealedContent, string ownAgencyCode, ECDiffieHellman ownWrappingKey,
        ECDsa senderKey, Stream plainContent, CancellationToken cancellationToken);
}
