using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Secrets.Models;

namespace Portal.Secrets.Services;

/// <summary>
/// Enters secret documents in the tenant's register, with the protection period of their level running from the
/// day the level was set, its files sealed to an erasure key of its own. Entering twice keeps the first entry, so a repeated event changes nothing.
/// </summary>
public sealed class SecretRegister(SecretsDb db, IEnumerable<ISecretHolder> holders, ProtectionPeriods periods, SecretFiles files, IAuditTrail audit,
    ITenantUnitOfWork unitOfWork, TimeProvider clock)
{
    public ISecretHolder? Holder(string kind) => holders.FirstOrDefault(h => h.Kind == kind);

    /// <summary>The document's entry (tracked), entering it first when it is secret and not yet in the register; null otherwise.</summary>
    public async Task<SecretEntry?> EnterAsync(string kind, int documentId, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.FirstOrDefaultAsync(e => e.DocumentKind == kind && e.DocumentId == documentId, cancellationToken);
        if (entry is not null || Holder(kind) is not { } holder)
            return entry;
        if (await holder.FindAsync(documentId, cancellationToken) is not { Level: SecrecyLevel.Mat or SecrecyLevel.ToiMat } held)
            return null;
        var tenantYears = await periods.YearsAsync(held.Level, cancellationToken);
        // A shorter period written on the document holds instead of the tenant's.
        var stated = held.StatedYears is { } written && written < tenantYears;
        var years = stated ? held.StatedYears!.Value : tenantYears;
        entry = new SecretEntry
        {
            DocumentKind = kind, DocumentId = documentId, NumberSymbol = held.NumberSymbol, OriginalLevel = held.Level, Level = held.Level,
            LevelSetOn = held.LevelSetOn, PeriodYears = years, PeriodStated = stated, EndsOn = SecretClock.End(held.LevelSetOn, years),
            Status = SecretStatus.Protected, EnteredUtc = StoredTime.Of(clock.GetUtcNow().UtcDateTime), ErasureKeyId = Guid.NewGuid(),
        };
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.Entries.Add(entry);
            await files.SealAsync(entry, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(SecretAuditActions.Entered, AuditOutcome.Succeeded, kind, documentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{held.NumberSymbol}: {SecretAuditActions.Names[SecretAuditActions.Entered]}, {SecretText.Level(held.Level)}, bảo vệ {years} năm{(stated ? " (ghi trên văn bản)" : "")} đến {entry.EndsOn:dd/MM/yyyy}"),
                cancellationToken);
        }, cancellationToken);
        return entry;
    }
}
