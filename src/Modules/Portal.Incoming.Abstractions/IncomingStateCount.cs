using Portal.Access;

namespace Portal.Incoming;

/// <summary>How many documents registered in the period are in a state (its Vietnamese name) at a level.</summary>
public sealed record IncomingStateCount(string State, SecrecyLevel Level, int Count);
