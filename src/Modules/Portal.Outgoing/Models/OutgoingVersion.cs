namespace Portal.Outgoing.Models;

/// <summary>One saved state of a draft's subject and body: every edit adds one, nothing is overwritten.</summary>
public sealed class OutgoingVersion
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public int Number { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public required string UserId { get; set; }
    public DateTime AtUtc { get; set; }
}
