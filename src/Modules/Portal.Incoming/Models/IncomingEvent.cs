namespace Portal.Incoming.Models;

/// <summary>One step of a document's timeline: who moved it from which state to which, when, and why.</summary>
public sealed class IncomingEvent
{
    public long Id { get; set; }
    public int DocumentId { get; set; }
    public DateTime AtUtc { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public IncomingStatus? From { get; set; }
    public IncomingStatus To { get; set; }
    public string Note { get; set; } = "";
}
