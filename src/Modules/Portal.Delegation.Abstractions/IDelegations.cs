namespace Portal.Delegation;

/// <summary>
/// Where a leader's work goes today. Incoming and outgoing ask before they address a step to someone: when that
/// person is absent, the step goes to the deputy instead (one hop: a deputy's own absence does not pass it on).
/// </summary>
public interface IDelegations
{
    /// <summary>The delegation in force today for work addressed to that person, or null when they are not absent.</summary>
    Task<ActingFor?> InForceForAsync(string leaderUserId, CancellationToken cancellationToken);
}
