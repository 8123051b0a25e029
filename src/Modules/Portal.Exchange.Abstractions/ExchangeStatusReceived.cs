namespace Portal.Exchange;

/// <summary>
/// Raised through the outbox when a recipient's status about an issued document's envelope has been recorded: which
/// outgoing document, the recipient agency's name, the status code (DOMAIN.md §3.3) and its Vietnamese words, when
/// (UTC). Raised for what the sender is told: arrived (01), refused (02), registered (03), recall accepted (15) or
/// refused (16). It names no content of the document.
/// </summary>
public sealed record ExchangeStatusReceived(int DocumentId, Guid EnvelopeId, string RecipientName, string Code, string StatusText, DateTime AtUtc)
{
    public const string Topic = "exchange.status-received";
}
