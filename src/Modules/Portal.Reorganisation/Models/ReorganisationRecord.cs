namespace Portal.Reorganisation.Models;

/// <summary>A merge of source tenants into a target, with the plan as it was shown and approved.</summary>
public sealed class ReorganisationRecord
{
    public Guid Id { get; set; }
    /// <summary>The sources' names in the order they move, comma-separated.</summary>
    public required string Sources { get; set; }
    public required string Target { get; set; }
    public ReorganisationState State { get; set; }
    /// <summary>The plan as JSON (<see cref="Services.MergePlan"/>), kept as approved.</summary>
    public required string Plan { get; set; }
    public required string PlannedBy { get; set; }
    public DateTime PlannedUtc { get; set; }
    public string ApprovedBy { get; set; } = "";
    public DateTime? ApprovedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }
    public string Error { get; set; } = "";

    public IReadOnlyList<string> SourceNames => Sources.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
