using Portal.Secrets.Models;
using Portal.Secrets.Services;

namespace Portal.Secrets.Controllers;

/// <summary>A document's line in the register with its decisions (a destruction's is its record), and the decision form for a decider.</summary>
public sealed record EntryPage(RegisterRow Row, IReadOnlyList<SecretDecision> Decisions, bool MayDecide, DecisionInput Input, IReadOnlyList<string> Errors)
{
    public bool Destroyed => Decisions.Any(d => d.Action == SecretDecisions.Destroy);
}
