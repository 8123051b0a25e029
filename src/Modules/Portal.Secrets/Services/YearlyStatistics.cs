using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Audit;
using Portal.Identity;
using Portal.Outgoing;
using Portal.Registers;
using Portal.Secrets.Models;

namespace Portal.Secrets.Services;

/// <summary>
/// Counts a year's events on state secrets for the security officer (DOMAIN.md §2.4 form 18, §4): secrets created (outgoing,
/// entered on issue) and received (incoming, entered on registration), copies from the copy log, and the decisions — by
/// the level the document had then, and by the unit of the person in charge of it (its lead handler, or else the clerk who
/// registered it). A document counts only when the one access check lets the reader see it, so the officer's figures never
/// reveal a document kept from him. Each reading is audited.
/// </summary>
public sealed class YearlyStatistics(SecretsDb db, ICopyLog copies, IAccessCheck access, IAccessList lists, IAccountDirectory directory,
    IAuditTrail audit, TimeProvider clock)
{
    public const string NoUnit = "Chưa xác định đơn vị";

    public static bool MayRead(ClaimsPrincipal user) => user.IsInRole(Roles.SecurityOfficer);

    public int ThisYear => SecretClock.Today(clock).Year;

    public async Task<SecretStatistics> CountAsync(ClaimsPrincipal user, int year, string auditAction, CancellationToken cancellationToken)
    {
        var from = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-7);
        var to = from.AddYears(1);
        var events = new List<(string Kind, int Id, SecrecyLevel Level, int Column)>();
        foreach (var e in await db.Entries.AsNoTracking().Where(e => e.EnteredUtc >= from && e.EnteredUtc < to).ToListAsync(cancellationToken))
            events.Add((e.DocumentKind, e.DocumentId, e.OriginalLevel, e.DocumentKind == OutgoingFeature.Kind ? 0 : 1));
        foreach (var line in await copies.LinesAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken))
            if (line.Level is SecrecyLevel.Mat or SecrecyLevel.ToiMat)
                events.Add((line.DocumentKind, line.DocumentId, line.Level, 2));
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.AtUtc >= from && d.AtUtc < to)
            .Join(db.Entries, d => d.EntryId, e => e.Id, (d, e) => new { e.DocumentKind, e.DocumentId, d.FromLevel, d.Action }).ToListAsync(cancellationToken);
        foreach (var d in decisions)
            events.Add((d.DocumentKind, d.DocumentId, d.FromLevel, Column(d.Action)));

        var documents = events.Select(e => Ref(e.Kind, e.Id)).Distinct().ToList();
        var visible = await access.VisibleAsync(user, documents, cancellationToken);
        var units = await UnitsAsync(visible, cancellationToken);
        var rows = events.Where(e => visible.Contains(Ref(e.Kind, e.Id)))
            .GroupBy(e => (Unit: units[Ref(e.Kind, e.Id)], e.Level))
            .Select(g => g.Aggregate(StatisticsRow.Empty(g.Key.Unit, g.Key.Level), (row, e) => row.Add(One(g.Key.Unit, e.Level, e.Column))))
            .OrderBy(r => r.Unit == NoUnit).ThenBy(r => r.Unit, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false))
            .ThenByDescending(r => r.Level).ToList();
        var statistics = new SecretStatistics(year, rows);
        var totals = string.Join("; ", statistics.Totals.Select(t => $"{SecretText.Level(t.Level)}: {string.Join("/", t.Counts)}"));
        await audit.RecordAsync(new AuditRecord(auditAction, AuditOutcome.Succeeded, SecretsFeature.Kind, null, $"Năm {year}: {totals}"), cancellationToken);
        return statistics;
    }

    /// <summary>The unit of the person in charge of each document, as the accounts say now.</summary>
    private async Task<Dictionary<ResourceRef, string>> UnitsAsync(IReadOnlySet<ResourceRef> documents, CancellationToken cancellationToken)
    {
        var accounts = (await directory.ListAsync(cancellationToken)).ToDictionary(a => a.UserId, a => a.Unit);
        var units = new Dictionary<ResourceRef, string>();
        foreach (var document in documents)
        {
            var members = await lists.MembersAsync(document, cancellationToken);
            var keeper = members.FirstOrDefault(m => m.Position == AccessPosition.LeadHandler)
                ?? members.FirstOrDefault(m => m.Position == AccessPosition.RegisteringClerk);
            units[document] = keeper is not null && accounts.GetValueOrDefault(keeper.UserId) is { Length: > 0 } unit ? unit : NoUnit;
        }
        return units;
    }

    private static int Column(string action) => action switch
    {
        SecretDecisions.Extend => 3,
        SecretDecisions.Downgrade => 4,
        SecretDecisions.Destroy => 6,
        _ => 5,
    };

    private static StatisticsRow One(string unit, SecrecyLevel level, int column)
    {
        var counts = new int[SecretStatistics.Columns.Count];
        counts[column] = 1;
        return new StatisticsRow(unit, level, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
    }

    private static ResourceRef Ref(string kind, int id) => new(kind, id.ToString(CultureInfo.InvariantCulture));
}
