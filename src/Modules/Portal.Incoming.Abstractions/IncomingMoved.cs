namespace Portal.Incoming;

/// <summary>
/// Raised through the outbox when an incoming document changes state, after the change committed: its id, when
/// (UTC), and its new stage ("registered", "awaiting-direction", "assigned", "in-progress", "done", "returned", "cancelled",
/// "recalled"). Other modules follow a document through it without reading Incoming's tables.
/// </summary>
public sealed record IncomingMoved(int DocumentId, string Stage, DateTime AtUtc)
{
    public const string Topic = "incoming.moved";
}
