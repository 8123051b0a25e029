namespace Portal.Exchange;

/// <summary>
/// Raised through the outbox when a recipient agency's status about an issued outgoing document arrived (DOMAIN.md
/// §3.3 code), after it was kept: the document's id, the code and when it arrived (UTC).
/// </summary>
public sealed record SendingStatusReceived(int DocumentId, string Code, DateTime AtUtc)
{
    public const string Topic = "exchange.status-received";
}
