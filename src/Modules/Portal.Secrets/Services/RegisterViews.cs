using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Audit;
using Portal.Identity;
using Portal.Secrets.Models;

namespace Portal.Secrets.Services;

/// <summary>
/// The register as the security officer and the clerks keep it (DOMAIN.md §2.5): number and symbol, levels and periods,
/// never a subject, so it shows no document's content. A line shows, and counts, only when the one access check lets the
/// person see its document. Each view is audited.
/// </summary>
public sealed class RegisterViews(SecretsDb db, IAccessCheck access, IAuditTrail audit, ReminderWindow window, TimeProvider clock)
{
    public static bool Keeps(ClaimsPrincipal user) => user.IsInRole(Roles.SecurityOfficer) || user.IsInRole(Roles.Clerk);

    public async Task<IReadOnlyList<RegisterRow>> ListAsync(ClaimsPrincipal user, RegisterFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Entries.AsNoTracking();
        if (filter.LevelValue is { } level)
            query = query.Where(e => e.Level == level);
        if (filter.StatusValue is { } status)
            query = query.Where(e => e.Status == status);
        var entries = new List<SecretEntry>();
        foreach (var entry in await query.OrderBy(e => e.EndsOn).ThenBy(e => e.Id).ToListAsync(cancellationToken))
            if (await access.CanSeeAsync(user, new ResourceRef(entry.DocumentKind, entry.DocumentId.ToString(CultureInfo.InvariantCulture)), cancellationToken))
                entries.Add(entry);
        await audit.RecordAsync(new AuditRecord(SecretAuditActions.RegisterViewed, AuditOutcome.Succeeded, SecretsFeature.Kind, null,
            $"{entries.Count} dòng (độ mật: {filter.Level ?? "tất cả"}, tình trạng: {filter.Status ?? "tất cả"})"), cancellationToken);
        var days = await window.DaysAsync(cancellationToken);
        return entries.Select(e => Row(e, days)).ToList();
    }

    public async Task<RegisterRow> RowAsync(SecretEntry entry, CancellationToken cancellationToken) => Row(entry, await window.DaysAsync(cancellationToken));

    /// <summary>A document's entry and its decisions, oldest first (the caller has checked the person sees the document); null when it is not in the register.</summary>
    public async Task<(RegisterRow Row, IReadOnlyList<SecretDecision> Decisions)?> EntryAsync(string kind, int documentId, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.DocumentKind == kind && e.DocumentId == documentId, cancellationToken);
        if (entry is null)
            return null;
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.EntryId == entry.Id).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        return (await RowAsync(entry, cancellationToken), decisions);
    }

    private RegisterRow Row(SecretEntry e, int days) => new(e.Id, e.DocumentKind, e.DocumentId, e.NumberSymbol, SecretText.Level(e.OriginalLevel),
        SecretText.Level(e.Level), e.LevelSetOn, e.PeriodYears, e.PeriodStated, e.EndsOn, SecretText.Status(e.Status), e.DeclassifiedOn,
        e.Status == SecretStatus.Protected ? ReminderWindow.Text(e.EndsOn, SecretClock.Today(clock), days) : null);
}
