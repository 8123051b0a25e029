namespace Portal.Delegation.Models;

/// <summary>
/// A leader's absence and the deputy named for it, with the names and titles as they were when it was marked (the
/// signature block keeps them). A cancelled absence stays, for the audit trail's sake, but is no longer in force.
/// </summary>
public sealed class Absence
{
    public int Id { get; set; }
    public required string LeaderUserId { get; set; }
    public required string LeaderName { get; set; }
    public required string LeaderTitle { get; set; }
    public required string DeputyUserId { get; set; }
    public required string DeputyUserName { get; set; }
    public required string DeputyName { get; set; }
    public required string DeputyTitle { get; set; }
    public DelegationKind Kind { get; set; }
    public DateOnly FromDate { get; set; }
    public DateOnly ToDate { get; set; }
    public string Scope { get; set; } = "";
    public string Reference { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime? CancelledUtc { get; set; }

    public ActingFor ToActingFor() => new(Id, LeaderUserId, LeaderName, LeaderTitle, DeputyUserId, DeputyUserName, DeputyName, DeputyTitle,
        Kind, FromDate, ToDate, Scope, Reference);
}
