using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Core.Outbox;
using Portal.Core.Security;
using Portal.Secrets.Models;

namespace Portal.Secrets.Services;

/// <summary>
/// What the end of a protection period brings in one tenant, on a given day: a reminder once the end is within the
/// tenant's window (audited, and a notice to the document's holders through the outbox), and, the day after the last day, automatic declassification (DOMAIN.md §2.10), made like a
/// decision of the system itself: the level changes in the document's module, with its own decision row and audit entry.
/// </summary>
public sealed class PeriodEnds(SecretsDb db, SecretRegister register, ReminderWindow window, IEnumerable<ICopyHoldersElsewhere> elsewhere,
    IAuditTrail audit, IOutbox outbox, ITenantUnitOfWork unitOfWork)
{
    public const string Expiry = "het-thoi-han";
    private const string SystemName = "Hệ thống (hết thời hạn bảo vệ)";

    private static readonly ClaimsPrincipal SystemDecider = SecretText.Decider(SystemName);

    public async Task RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var remindUntil = today.AddDays(await window.DaysAsync(cancellationToken));
        var ending = await db.Entries.Where(e => e.Status == SecretStatus.Protected && e.EndsOn <= remindUntil && e.RemindedOn == null)
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
        foreach (var entry in ending)
            await unitOfWork.InTransactionAsync(async () =>
            {
                entry.RemindedOn = today;
                await db.SaveChangesAsync(cancellationToken);
                await outbox.AddAsync(SecretPeriodEnding.Topic, new SecretPeriodEnding(entry.DocumentKind, entry.DocumentId, entry.EndsOn, StoredTime.UtcNow),
                    cancellationToken);
                await RecordAsync(entry, SecretAuditActions.PeriodEnding, $"hết thời hạn bảo vệ ngày {entry.EndsOn:dd/MM/yyyy}", cancellationToken);
            }, cancellationToken);
        var expired = await db.Entries.Where(e => e.Status == SecretStatus.Protected && e.EndsOn < today).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        foreach (var entry in expired)
            await unitOfWork.InTransactionAsync(() => DeclassifyAsync(entry, today, cancellationToken), cancellationToken);
    }

    private async Task DeclassifyAsync(SecretEntry entry, DateOnly today, CancellationToken cancellationToken)
    {
        var reason = $"Hết thời hạn bảo vệ ngày {entry.EndsOn:dd/MM/yyyy}";
        db.Decisions.Add(new SecretDecision
        {
            EntryId = entry.Id, Action = Expiry, Reason = reason, FromLevel = entry.Level, ToLevel = SecrecyLevel.Declassified,
            EndsBefore = entry.EndsOn, EndsAfter = entry.EndsOn, DeciderName = SystemName, AtUtc = StoredTime.UtcNow,
        });
        entry.Level = SecrecyLevel.Declassified;
        entry.Status = SecretStatus.Declassified;
        entry.DeclassifiedOn = today;
        await register.Holder(entry.DocumentKind)!.ChangeLevelAsync(SystemDecider, entry.DocumentId, SecrecyLevel.Declassified,
            $"{SecretAuditActions.Names[SecretAuditActions.Expired]}: {reason}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await outbox.AddAsync(SecretDeclassified.Topic, new SecretDeclassified(entry.DocumentKind, entry.DocumentId, today, StoredTime.UtcNow), cancellationToken);
        foreach (var holders in elsewhere)
            await holders.TellAsync(new SecretDecisionNotice(entry.DocumentKind, entry.DocumentId, Expiry, SecrecyLevel.Declassified, entry.EndsOn, "", today, reason),
                cancellationToken);
        await RecordAsync(entry, SecretAuditActions.Expired, reason, cancellationToken);
    }

    private Task RecordAsync(SecretEntry entry, string action, string note, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditRecord(action, AuditOutcome.Succeeded, entry.DocumentKind, entry.DocumentId.ToString(CultureInfo.InvariantCulture),
            $"{entry.NumberSymbol}: {SecretAuditActions.Names[action]}, {note}", SystemName), cancellationToken);
}
