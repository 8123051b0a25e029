using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Audit.Models;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Core.Tenancy;

namespace Portal.Audit.Services;

/// <summary>
/// Appends to the tenant's chain inside the unit of work's transaction (its own when there is none):
/// the store serialises writers, so reading the last link and adding the next cannot interleave.
/// </summary>
internal sealed class AuditTrail(
    AuditDb db,
    ITenantUnitOfWork unitOfWork,
    ITenantAccessor tenants,
    AuditKeyRing keys,
    AuditHeadStore heads,
    IHttpContextAccessor http) : IAuditTrail
{
    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        var tenant = tenants.Required;
        await unitOfWork.InTransactionAsync(async () =>
        {
            // PostgreSQL reads committed rows: two appends at once would both read the same last entry and
            // take the same position. A lock per tenant held to the end of the transaction queues them
            // (SQLite's single writer already does).
            if (db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext({0}))", ["portal-audit|" + tenant.Name], cancellationToken);
            var last = await db.Entries.AsNoTracking().OrderByDescending(e => e.Position)
                .Select(e => new { e.Position, e.Mac }).FirstOrDefaultAsync(cancellationToken);
            var entry = Entry(record, last?.Position ?? 0, last?.Mac ?? AuditChain.Genesis);
            entry.Mac = AuditChain.Mac(keys.For(tenant.Name), entry);
            db.Entries.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            // A long job appends many entries through one scope; tracking them all would slow every later save.
            db.Entry(entry).State = EntityState.Detached;
            unitOfWork.AfterCommit(() => heads.AdvanceAsync(tenant.Name, new AuditHead(entry.Position, entry.Mac)));
        }, cancellationToken);
    }

    private AuditEntry Entry(AuditRecord record, long lastPosition, string lastMac)
    {
        var user = http.HttpContext?.User;
        return new AuditEntry
        {
            Position = lastPosition + 1,
            TimestampUtc = StoredTime.UtcNow,
            UserId = record.UserId ?? user?.FindFirst(PortalClaims.UserId)?.Value ?? "",
            UserName = Limit(record.UserName ?? user?.FindFirst(PortalClaims.UserName)?.Value ?? "", 256),
            Action = record.Action,
            Outcome = record.Outcome,
            TargetKind = Limit(record.TargetKind ?? "", 50),
            TargetId = Limit(record.TargetId ?? "", 100),
            RemoteAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "cli",
            Details = Limit(record.Details ?? "", 2000),
            PreviousMac = lastMac,
        };
    }

    private static string Limit(string text, int length) => text.Length <= length ? text : text[..length];
}
