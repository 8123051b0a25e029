using Portal.Delegation.Models;
using Portal.Identity;

namespace Portal.Delegation.Controllers;

/// <summary>The leader's absences, the people who may stand in, and the form's errors and values when it was refused.</summary>
public sealed record AbsencePage(IReadOnlyList<Absence> Absences, IReadOnlyList<AccountSummary> Candidates, DateOnly Today,
    IReadOnlyList<string> Errors);
