namespace Portal.Notes.Models;

/// <summary>A short note kept by the agency's administrators.</summary>
public sealed class Note
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string Text { get; set; } = "";
}
