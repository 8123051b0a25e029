using Microsoft.EntityFrameworkCore;
using Portal.Calendar;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Incoming.Models;

namespace Portal.Incoming.Services;

/// <summary>
/// Announces the documents being handled whose deadline is near or passed, as the lists "Sắp đến hạn" and "Quá hạn"
/// count them on the tenant's calendar; who is told is the notifications' business.
/// </summary>
public sealed class DeadlineNotices(IncomingDb db, IWorkingCalendar calendar, IOutbox outbox, ITenantUnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var passed = await calendar.LatestPassedDeadlineAsync(cancellationToken);
        var soon = await calendar.AddWorkingDaysAsync(calendar.Today, IncomingQueries.DueSoonDays, cancellationToken);
        var due = await db.Documents.AsNoTracking()
            .Where(d => d.Deadline != null && d.Deadline <= soon && (d.Status == IncomingStatus.Assigned || d.Status == IncomingStatus.InProgress))
            .Select(d => new { d.Id, Deadline = d.Deadline!.Value }).ToListAsync(cancellationToken);
        var now = StoredTime.Of(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.InTransactionAsync(async () =>
        {
            foreach (var document in due)
                await outbox.AddAsync(IncomingDeadline.Topic, new IncomingDeadline(document.Id, document.Deadline, document.Deadline <= passed, now),
                    cancellationToken);
        }, cancellationToken);
        return due.Count;
    }
}
