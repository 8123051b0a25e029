using Portal.Core.Outbox;

namespace Portal.Exchange.Sending;

/// <summary>
/// Tells the sending agency's modules, through the outbox, of a recipient's status the sender is told of (arrived,
/// refused, registered, recall accepted or refused). Detached from the commit: a status is recorded inside the tenant's
/// own dispatch (a node's refusal, in the delivery handler) or by a request that dispatch is waiting on (a status posted
/// back while the delivery is still running), and waiting for the handlers there would wait for that dispatch's gate.
/// </summary>
internal sealed class StatusAnnouncement(IOutbox outbox)
{
    private static readonly string[] Announced =
    [
        ExchangeStatusCodes.Arrived, ExchangeStatusCodes.Refused, ExchangeStatusCodes.Registered,
        ExchangeStatusCodes.RecallAccepted, ExchangeStatusCodes.RecallRefused,
    ];

    public Task AnnounceAsync(Models.Sending sending, string code, DateTime atUtc, CancellationToken cancellationToken) =>
        Announced.Contains(code)
            ? outbox.AddDetachedAsync(ExchangeStatusReceived.Topic, new ExchangeStatusReceived(sending.DocumentId, sending.EnvelopeId,
                sending.RecipientName, code, ExchangeStatusCodes.Text(code), atUtc), cancellationToken)
            : Task.CompletedTask;
}
