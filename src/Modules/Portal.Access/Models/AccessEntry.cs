namespace Portal.Access.Models;

/// <summary>One person's place on one resource's access list.</summary>
public sealed class AccessEntry
{
    public long Id { get; set; }
    public required string ResourceKind { get; set; }
    public required string ResourceId { get; set; }
    public required string UserId { get; set; }
    public AccessPosition Position { get; set; }
    public string Reason { get; set; } = "";
    public string GrantedBy { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}
