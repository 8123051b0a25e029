using Microsoft.EntityFrameworkCore;
using Portal.Calendar;
using Portal.Delegation.Models;

namespace Portal.Delegation.Services;

/// <summary>Answers <see cref="IDelegations"/> from the absences table, "today" being the Vietnam date of the application's clock.</summary>
public sealed class DelegationsInForce(DelegationDb db, IWorkingCalendar calendar) : IDelegations
{
    public async Task<ActingFor?> InForceForAsync(string leaderUserId, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var absence = await db.Absences.AsNoTracking()
            .Where(a => a.LeaderUserId == leaderUserId && a.CancelledUtc == null && a.FromDate <= today && a.ToDate >= today)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        return absence?.ToActingFor();
    }
}
