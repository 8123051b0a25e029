using System.Security.Cryptography;

namespace Portal.Exchange.Sending;

/// <summary>
/// A status message about one envelope (DOMAIN.md §3.3: 01 arrived, 02 refused, 03 registered, …), from
/// its recipient back to its sender, signed by the recipient agency over <see cref="SignedBytes"/>; a recall
/// (13) has the same form, the other way, signed by the sender.
/// </summary>
public sealed record StatusMessage(Guid EnvelopeId, string Sender, string Recipient, string Code, DateTime AtUtc, string Note, byte[] Signature)
{
    public byte[] SignedBytes() =>
        System.Text.Encoding.UTF8.GetBytes($"portal-status-v1\n{EnvelopeId:N}|{Sender}|{Recipient}|{Code}|{AtUtc:O}|{Note}");

    public StatusMessage SignedWith(ECDsa key) => this with { Signature = AgencySignature.Sign(SignedBytes(), key) };

    public bool IsSignedBy(byte[] subjectPublicKeyInfo) => AgencySignature.Verifies(SignedBytes(), Signature, subjectPublicKeyInfo);
}
