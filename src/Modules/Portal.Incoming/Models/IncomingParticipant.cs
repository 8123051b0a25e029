namespace Portal.Incoming.Models;

/// <summary>A person taking part in a document; lists and counts are queried through these rows, which mirror the access list.</summary>
public sealed class IncomingParticipant
{
    public long Id { get; set; }
    public int DocumentId { get; set; }
    public required string UserId { get; set; }
    public ParticipantRole Role { get; set; }
    public DateTime AddedUtc { get; set; }
}
