namespace Portal.Reorganisation.Models;

/// <summary>A merge of source tenants into a target, or a split of one among successors, with the plan as it was shown and approved.</summary>
public sealed class ReorganisationRecord
{
    public Guid Id { get; set; }
    public ReorganisationKind Kind { get; set; }
    /// <summary>The sources' names in the order they move, comma-separated.</summary>
    public required string Sources { get; set; }
    /// <summary>The target of a merge; a split's main successor (it takes what belongs to no unit).</summary>
    public required string Target { get; set; }
    /// <summary>Every target, comma-separated: the merge's one, or the split's successors.</summary>
    public required string Targets { get; set; }
    public ReorganisationState State { get; set; }
    /// <summary>The plan as JSON (<see cref="Services.ReorganisationPlan"/>), kept as approved.</summary>
    public required string Plan { get; set; }
    public required string PlannedBy { get; set; }
    public DateTime PlannedUtc { get; set; }
    public string ApprovedBy { get; set; } = "";
    public DateTime? ApprovedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }
    public string Error { get; set; } = "";
    /// <summary>Who runs it now ("{machine}/{process}/{run}", empty when nobody) and until when, unless renewed: one runner at a time.</summary>
    public string LeaseHolder { get; set; } = "";
    public DateTime? LeaseUntilUtc { get; set; }

    public IReadOnlyList<string> SourceNames => Sources.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> TargetNames => Targets.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
