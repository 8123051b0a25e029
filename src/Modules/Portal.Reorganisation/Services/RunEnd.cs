using Portal.Reorganisation.Models;

namespace Portal.Reorganisation.Services;

/// <summary>How a run ended: the reorganisation's state then, or who else holds it (<see cref="HeldBy"/>), in which case this run did nothing.</summary>
public sealed record RunEnd(ReorganisationState State, string? HeldBy = null);
