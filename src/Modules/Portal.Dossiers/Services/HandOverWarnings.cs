using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Dossiers.Models;

namespace Portal.Dossiers.Services;

/// <summary>
/// Sends the hand-over warning of each closed dossier once, on the first run from 30 days before its deadline: the day is
/// kept on the dossier and the notice queued through the outbox in the same transaction, with the audit entry.
/// </summary>
public sealed class HandOverWarnings(DossiersDb db, DossierJournal journal, IOutbox outbox, ITenantUnitOfWork unitOfWork)
{
    public async Task RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        // Closed on or before this day (a day more for 29 February), the deadline a year after may be within the warning's 30 days.
        var closedBy = today.AddDays(HandOverDeadline.WarningDays + 1).AddYears(-1);
        var due = await db.Dossiers.Where(d => d.Status == DossierStatus.Closed && d.HandOverWarnedOn == null && d.ClosedOn <= closedBy)
            .OrderBy(d => d.Id).ToListAsync(cancellationToken);
        foreach (var dossier in due.Where(d => HandOverDeadline.Warning(d, today) is not null))
            await unitOfWork.InTransactionAsync(async () =>
            {
                dossier.HandOverWarnedOn = today;
                await db.SaveChangesAsync(cancellationToken);
                var deadline = HandOverDeadline.Of(dossier)!.Value;
                await outbox.AddAsync(DossierHandOverDue.Topic, new DossierHandOverDue(dossier.Id, deadline, dossier.ResponsibleUserId, StoredTime.UtcNow),
                    cancellationToken);
                await journal.RecordAsync(dossier, DossierAuditActions.HandOverWarned, $"hạn nộp lưu {DossierText.Date(deadline)}", cancellationToken);
            }, cancellationToken);
    }
}
