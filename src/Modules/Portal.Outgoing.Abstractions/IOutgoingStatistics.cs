using System.Security.Claims;

namespace Portal.Outgoing;

/// <summary>
/// Outgoing documents as a leader's report counts them: those the viewer takes part in (drafter, reviewer, clerk,
/// signer — the documents their list shows) at a level their clearance covers, drafted in the period.
/// </summary>
public interface IOutgoingStatistics
{
    /// <summary>Documents drafted between <paramref name="from"/> and <paramref name="to"/> (Vietnam days), by state and level.</summary>
    Task<IReadOnlyList<OutgoingStateCount>> ByStateAsync(ClaimsPrincipal viewer, DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
