using Portal.Core.Outbox;
using Portal.Incoming;

namespace Portal.Secrets.Services;

/// <summary>A registered incoming secret document enters the register.</summary>
internal sealed class IncomingRegisteredHandler(SecretRegister register) : IOutboxHandler
{
    public async Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var moved = message.Read<IncomingMoved>();
        if (moved.Stage == "registered")
            await register.EnterAsync(IncomingFeature.Kind, moved.DocumentId, cancellationToken);
    }
}
