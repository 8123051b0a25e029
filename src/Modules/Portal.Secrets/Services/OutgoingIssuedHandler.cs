using Portal.Core.Outbox;
using Portal.Outgoing;

namespace Portal.Secrets.Services;

/// <summary>An issued outgoing secret document enters the register.</summary>
internal sealed class OutgoingIssuedHandler(SecretRegister register) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken) =>
        await register.EnterAsync(OutgoingFeature.Kind, message.Read<OutgoingIssued>().DocumentId, cancellationToken);
}
