using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portal.Access;
using Portal.Exchange.Sending;

namespace Portal.Exchange.Decisions;

/// <summary>
/// A decision on a sent secret document, from its sender to one recipient about the envelope it received: the decision
/// ("gia-han", "giam-mat", "giai-mat", "tieu-huy", "het-thoi-han"), the level and last day of protection after it, the
/// decision's number, day and reason — no content. Signed by the sending agency over every other field.
/// </summary>
public sealed record DecisionMessage(Guid NoticeId, Guid EnvelopeId, string Sender, string Recipient, string Action, SecrecyLevel Level, DateOnly EndsOn,
    string DecisionNumber, DateOnly DecidedOn, string Reason, DateTime AtUtc, byte[] Signature)
{
    private static readonly byte[] Label = Encoding.ASCII.GetBytes("portal-decision-v1\n");

    public byte[] SignedBytes() => [.. Label, .. JsonSerializer.SerializeToUtf8Bytes(this with { Signature = [] })];

    public DecisionMessage SignedWith(ECDsa key) => this with { Signature = AgencySignature.Sign(SignedBytes(), key) };

    public bool IsSignedBy(byte[] subjectPublicKeyInfo) => AgencySignature.Verifies(SignedBytes(), Signature, subjectPublicKeyInfo);

    /// <summary>What the node credential covers: which notice, for whom.</summary>
    public string Subject() => $"{NoticeId:N}|{Recipient}|{Action}";
}
