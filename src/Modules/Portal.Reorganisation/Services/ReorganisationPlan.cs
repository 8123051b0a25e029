using Portal.Reorganisation.Models;

namespace Portal.Reorganisation.Services;

/// <summary>
/// What a merge or a split would do, as the central office approves it: rows per source and module, conflicts (resolved
/// as the design says: a taken user name gets the source's suffix, a register is copied closed), blockers that refuse it
/// (a module a target lacks, a unit given to no successor), a split's units with their successors, and what would stay
/// behind in the closed source (modules without a transfer). <see cref="People"/> is a split's successor of each person by
/// unit (user id → successor), fixed when planned; a person of no unit, or added since, goes to the main successor.
/// </summary>
public sealed record ReorganisationPlan(ReorganisationKind Kind, IReadOnlyList<string> Sources, string Target, IReadOnlyList<string> Targets,
    IReadOnlyList<PlanLine> Lines, IReadOnlyList<PlanConflict> Conflicts, IReadOnlyList<string> Blockers, IReadOnlyList<PlanUnit> Units,
    IReadOnlyList<StayingLine> Staying, IReadOnlyDictionary<string, string> People);
