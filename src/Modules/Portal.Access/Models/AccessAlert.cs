namespace Portal.Access.Models;

/// <summary>Tells a resource's custodian that someone's rights on it changed (Decree 30, Phụ lục VI).</summary>
public sealed class AccessAlert
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string ResourceKind { get; set; }
    public required string ResourceId { get; set; }
    public required string Message { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ReadUtc { get; set; }
}
