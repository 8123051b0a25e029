using Microsoft.EntityFrameworkCore;
using Portal.Audit.Controllers;
using Portal.Audit.Models;

namespace Portal.Audit.Services;

/// <summary>The trail through the audit page's own filter, for other modules (the JSON API).</summary>
internal sealed class AuditReader(AuditDb db) : IAuditReader
{
    public const int MaxLimit = 1000;

    public async Task<IReadOnlyList<AuditEntryInfo>> ReadAsync(AuditSearch search, CancellationToken cancellationToken = default)
    {
        var filter = new AuditFilter { From = search.From, To = search.To, Action = search.Action, User = search.UserName };
        return await AuditQuery.Apply(db.Entries.AsNoTracking(), filter)
            .Take(Math.Clamp(search.Limit, 1, MaxLimit))
            .Select(e => new AuditEntryInfo(e.Position, e.TimestampUtc, e.UserName, e.Action, e.Outcome, e.TargetKind, e.TargetId,
                e.RemoteAddress, e.Details))
            .ToListAsync(cancellationToken);
    }
}
