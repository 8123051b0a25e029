using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Audit.Models;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Core.Tenancy;

namespace Portal.Audit.Services;

/// <summary>
/// Appends to the tenant's chain inside the unit of work's transaction (its own when there is none),
/// holding the tenant's chain lock, so reading the last link and adding the next cannot interleave
/// with another writer (on PostgreSQL two appends otherwise took the same position and one failed).
/// </summary>
internal sealed class AuditTrail(
    AuditDb db,
    ITenantUnitOfWork unitOfWork,
    ITenantAccessor tenants,
    AuditKeyRing keys,
    AuditHeadStore heads,
    IHttpContextAccessor http) : IAuditTrail
{
    // The newest entry this scope appended whose head is not written yet.
    private AuditHead? _head;

    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        var tenant = tenants.Required;
        await unitOfWork.InTransactionAsync(async () =>
        {
            await unitOfWork.LockAsync("audit-chain", cancellationToken);
            var last = await db.Entries.AsNoTracking().OrderByDescending(e => e.Position)
                .Select(e => new { e.Position, e.Mac }).FirstOrDefaultAsync(cancellationToken);
            var entry = Entry(record, last?.Position ?? 0, last?.Mac ?? AuditChain.Genesis);
            entry.Mac = AuditChain.Mac(keys.For(tenant.Name), entry);
            db.Entries.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            // A long job appends many entries through one scope; tracking them all would slow every later save.
            db.Entry(entry).State = EntityState.Detached;
            Advance(tenant.Name, new AuditHead(entry.Position, entry.Mac));
        }, cancellationToken);
    }

    /// <summary>
    /// The head file is written once per transaction, after its commit, with the transaction's last entry: a batch
    /// of appends in one transaction costs one write, not one each. Every append asks for the after-commit write
    /// (providers reuse transaction objects, so "first in this transaction" cannot be told); the first to run
    /// writes the newest head and the rest find nothing left to write.
    /// </summary>
    private void Advance(string tenant, AuditHead head)
    {
        _head = head;
        unitOfWork.AfterCommit(() => _head is { } newest ? WriteAsync(tenant, newest) : Task.CompletedTask);
    }

    private Task WriteAsync(string tenant, AuditHead head)
    {
        _head = null;
        return heads.AdvanceAsync(tenant, head);
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
