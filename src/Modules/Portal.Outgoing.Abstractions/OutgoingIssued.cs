namespace Portal.Outgoing;

/// <summary>Raised through the outbox when an outgoing document has been issued, after the issue committed.</summary>
public sealed record OutgoingIssued(int DocumentId)
{
    public const string Topic = "outgoing.issued";
}
