using System.Security.Claims;

namespace Portal.Incoming;

/// <summary>
/// Incoming documents as a leader's report counts them. Only what the viewer may open enters a figure or a row: the
/// documents they take part in at a level their clearance covers, exactly as their lists show them.
/// </summary>
public interface IIncomingStatistics
{
    /// <summary>Documents that arrived (the register's date) and were handled between <paramref name="from"/> and <paramref name="to"/> (Vietnam days), and what is overdue today.</summary>
    Task<IncomingStatistics> OfAsync(ClaimsPrincipal viewer, DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
