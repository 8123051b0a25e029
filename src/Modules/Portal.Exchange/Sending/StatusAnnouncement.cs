using Portal.Core.Outbox;

namespace Portal.Exchange.Sending;

/// <summary>
/// Tells the sending agency's modules, through the outbox, of a recipient's status the sender is told of (arrived,
/// refused, registered, recall accepted or refused). A status is recorded by a request or by the delivery handler, which
/// runs in the background lane: neither holds the after-commit lane's gate that the announcement's dispatch waits for.
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
            ? outbox.AddAsync(ExchangeStatusReceived.Topic, new ExchangeStatusReceived(sending.DocumentId, sending.EnvelopeId,
                sending.RecipientName, code, ExchangeStatusCodes.Text(code), atUtc), cancellationToken)
            : Task.CompletedTask;
}
