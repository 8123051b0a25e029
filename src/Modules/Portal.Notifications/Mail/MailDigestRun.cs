using Microsoft.EntityFrameworkCore;
using Portal.Calendar;
using Portal.Core.Data;
using Portal.Core.Settings;
using Portal.Core.Tenancy;
using Portal.Notifications.Models;
using Portal.Notifications.Services;

namespace Portal.Notifications.Mail;

/// <summary>
/// The day's one mail for those who chose it: on a working day of the tenant's calendar, once its working hours have
/// begun, each such person with notices waiting gets one mail telling how many (never what they are about), covering
/// the notices made before that day's start of work; later ones wait for the next working day. The day is recorded once
/// all went, so a repeat the same day sends nothing; a failure is logged for the admin and thrown, and the next run sends
/// what is left.
/// </summary>
public sealed class MailDigestRun(NotificationsDb db, MailReadiness readiness, MailDeliveryLog log, IWorkingCalendar calendar, ITenantSettings settings,
    ITenantAccessor tenants, TimeProvider clock)
{
    private const string DayKey = "notifications.mail-digest-day";
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>Sends the day's mails if they are due; the number of mails sent.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = calendar.DateOf(now);
        if (!await calendar.IsWorkingDayAsync(today, cancellationToken) || await settings.GetAsync(DayKey, cancellationToken) == Day(today))
            return 0;
        var startOfWork = new DateTimeOffset(today.ToDateTime((await calendar.WorkingHoursAsync(cancellationToken)).Start), Vietnam);
        if (now < startOfWork)
            return 0;
        var cutoff = StoredTime.Of(startOfWork.UtcDateTime);
        var pending = await db.Notifications
            .Where(n => n.MailPending && n.CreatedUtc < cutoff && db.Muted.Any(m => m.UserId == n.UserId && m.Kind == NotificationKinds.DailyMail))
            .OrderBy(n => n.Id).ToListAsync(cancellationToken);
        var sent = 0;
        if (await readiness.ReadyAsync(pending, cancellationToken) is { } ready)
        {
            await using var connection = await MailConnection.OpenAsync(ready.Server, log, cancellationToken);
            foreach (var person in ready.Notices.GroupBy(n => n.UserId))
            {
                await connection.SendAsync(NoticeMessage.For(ready.Server, ready.Addresses[person.Key], tenants.Required, person.Count()), cancellationToken);
                foreach (var notice in person)
                {
                    notice.MailPending = false;
                    notice.MailedUtc = StoredTime.Of(now.UtcDateTime);
                }
                await db.SaveChangesAsync(cancellationToken);
                sent++;
            }
            await log.SentAsync(cancellationToken);
        }
        await settings.SetAsync(DayKey, Day(today), cancellationToken);
        return sent;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");
}
