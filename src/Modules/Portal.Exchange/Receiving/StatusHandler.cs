using Portal.Core.Outbox;

namespace Portal.Exchange.Receiving;

/// <summary>Sends a status message back to the envelope's sender; retried by the outbox until the sender's node answers.</summary>
internal sealed class StatusHandler(StatusSending sending) : IOutboxHandler
{
    public Task HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken) =>
        sending.SendAsync(message.Read<StatusRequest>(), cancellationToken);
}
