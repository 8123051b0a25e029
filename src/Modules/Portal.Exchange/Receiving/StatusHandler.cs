using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Exchange.Directory;
using Portal.Exchange.Sending;

namespace Portal.Exchange.Receiving;

/// <summary>Sends a status message back to the envelope's sender, signed by this agency; retried by the outbox until the sender's node answers.</summary>
internal sealed class StatusHandler(CentralDirectory central, AgencyKeys keys, IEnvelopeCourier courier, ITenantAccessor tenants) : IOutboxHandler
{
    public string Topic => EnvelopeReception.StatusTopic;
    public string FeatureId => ExchangeFeature.Id;

    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var request = message.Read<StatusRequest>();
        var sender = await central.FindAsync(request.SenderCode, cancellationToken)
            ?? throw new InvalidOperationException($"Cơ quan {request.SenderCode} không còn trong danh bạ liên thông.");
        var unsigned = new StatusMessage(request.EnvelopeId, request.SenderCode, tenants.Required.Record.AgencyCode, request.Code, request.AtUtc,
            request.Note, []);
        using var key = await keys.SignatureKeyAsync(cancellationToken);
        var status = unsigned with { Signature = key.SignData(unsigned.SignedBytes(), System.Security.Cryptography.HashAlgorithmName.SHA256) };
        await courier.PostStatusAsync(sender, status, cancellationToken);
    }
}
