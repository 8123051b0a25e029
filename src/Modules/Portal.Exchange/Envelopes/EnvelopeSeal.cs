using System.Security.Cryptography;

namespace Portal.Exchange.Envelopes;

/// <summary>AES-256-GCM content (<see cref="ContentCipher"/>), ECDH P-256 key wrapping (<see cref="EnvelopeKeyWrap"/>), ECDSA P-256 headers.</summary>
internal sealed class EnvelopeSeal(TimeProvider clock) : IEnvelopeSeal
{
    public async Task<IReadOnlyList<SealedEnvelope>> SealAsync(EnvelopeSender sender, ContentToSend content,
        IReadOnlyList<EnvelopeRecipient> recipients, Stream sealedContent, CancellationToken cancellationToken)
    {
        var key = RandomNumberGenerator.GetBytes(ContentCipher.KeySize);
        try
        {
            var nonce = RandomNumberGenerator.GetBytes(ContentCipher.NonceSize);
            var sealedInfo = await ContentCipher.SealAsync(content.Content, sealedContent, key, nonce, cancellationToken);
            var created = clock.GetUtcNow();
            return [.. recipients.Select(recipient =>
            {
                var id = Guid.NewGuid();
                var header = new EnvelopeHeader(id, sender.AgencyCode, recipient.AgencyCode, content.DocumentKey, created, content.Metadata,
                    sealedInfo.Hash, sealedInfo.Length, nonce, EnvelopeKeyWrap.Wrap(recipient.WrappingKey, key, id, recipient.AgencyCode));
                return new SealedEnvelope(header, EnvelopeSignature.Sign(header, sender.SigningKey));
            })];
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    public async Task OpenAsync(SealedEnvelope envelope, Stream sealedContent, string ownAgencyCode, ECDiffieHellman ownWrappingKey, ECDsa senderKey,
        Stream plainContent, CancellationToken cancellationToken)
    {
        if (!EnvelopeSignature.Verify(envelope, senderKey))
            throw new EnvelopeException(EnvelopeRefusal.Tampered);
        var header = envelope.Header;
        if (!string.Equals(header.Recipient, ownAgencyCode, StringComparison.Ordinal))
            throw new EnvelopeException(EnvelopeRefusal.WrongRecipient);
        byte[] key;
        try
        {
            key = EnvelopeKeyWrap.Unwrap(ownWrappingKey, header.WrappedKey, header.Id, header.Recipient);
        }
        catch (CryptographicException)
        {
            throw new EnvelopeException(EnvelopeRefusal.Tampered);
        }
        try
        {
            if (key.Length != ContentCipher.KeySize || header.BaseNonce.Length != ContentCipher.NonceSize)
                throw new EnvelopeException(EnvelopeRefusal.Tampered);
            await ContentCipher.OpenAsync(sealedContent, plainContent, key, header.BaseNonce,
                new SealedContent(header.ContentHash, header.ContentLength), cancellationToken);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }
}
