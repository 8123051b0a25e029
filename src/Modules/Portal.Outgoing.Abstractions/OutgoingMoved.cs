namespace Portal.Outgoing;

/// <summary>
/// Raised through the outbox when an outgoing document changes state, after the change committed: its id, when (UTC),
/// and its new stage ("draft" — returned to the drafter —, "unit-review", "format-check", "awaiting-signature", "signed",
/// "issued"). Other modules follow a document through it without reading Outgoing's tables.
/// </summary>
public sealed record OutgoingMoved(int DocumentId, string Stage, DateTime AtUtc)
{
    public const string Topic = "outgoing.moved";
}
