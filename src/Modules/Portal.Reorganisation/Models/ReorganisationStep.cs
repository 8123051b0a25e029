namespace Portal.Reorganisation.Models;

/// <summary>One module's move from one source into one target: its durable cursor, the rows moved so far, and whether it is closed.</summary>
public sealed class ReorganisationStep
{
    public long Id { get; set; }
    public Guid ReorganisationId { get; set; }
    public required string Source { get; set; }
    public int SourceIndex { get; set; }
    public required string Target { get; set; }
    public int TargetIndex { get; set; }
    public required string Kind { get; set; }
    public int Order { get; set; }
    public string? Cursor { get; set; }
    public int Moved { get; set; }
    public int Planned { get; set; }
    public bool Done { get; set; }
}
