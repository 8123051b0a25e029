namespace Portal.Outgoing.Models;

/// <summary>A step of the document's timeline: who did what, from which state to which, with the note or reason.</summary>
public sealed class OutgoingEvent
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public DateTime AtUtc { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public OutgoingStatus From { get; set; }
    public OutgoingStatus To { get; set; }
    public string Note { get; set; } = "";
}
