namespace Portal.Search.Models;

/// <summary>A search a user keeps under a name: its query string only (never results), visible to that user alone.</summary>
public sealed class SavedSearch
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
    public required string Query { get; set; }
    public DateTime CreatedUtc { get; set; }
}
