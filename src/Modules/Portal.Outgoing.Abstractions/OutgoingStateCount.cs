using Portal.Access;

namespace Portal.Outgoing;

/// <summary>How many outgoing documents drafted in the period are in a state (its Vietnamese name) at a level.</summary>
public sealed record OutgoingStateCount(string State, SecrecyLevel Level, int Count);
