namespace Portal.Incoming.Models;

/// <summary>A copy that left the system: its number ("Bản số") ties the copy to the person and the time.</summary>
public sealed class IncomingCopy
{
    /// <summary>The copy number, unique in the agency.</summary>
    public long Id { get; set; }
    public int DocumentId { get; set; }
    public Guid FileId { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public DateTime AtUtc { get; set; }
}
