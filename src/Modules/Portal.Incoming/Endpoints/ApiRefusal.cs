using Portal.Incoming.Services;

namespace Portal.Incoming.Endpoints;

/// <summary>A refused API call: a code, the Vietnamese message, every reason, and the possible duplicates when that is why.</summary>
public sealed record ApiRefusal(string Error, string Message, IReadOnlyList<string> Errors, IReadOnlyList<DuplicateCandidate>? Candidates = null);
