namespace Portal.Reorganisation.Services;

/// <summary>
/// What a merge would do, as the central office approves it: rows per source and module, conflicts (resolved as the
/// design says: a taken user name gets the source's suffix, a register is copied closed), and blockers that refuse it
/// (a module the target lacks).
/// </summary>
public sealed record MergePlan(IReadOnlyList<string> Sources, string Target, IReadOnlyList<PlanLine> Lines,
    IReadOnlyList<PlanConflict> Conflicts, IReadOnlyList<string> Blockers);
