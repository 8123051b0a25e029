using Portal.Audit.Controllers;
using Portal.Audit.Models;

namespace Portal.Audit.Services;

/// <summary>The audit page's filter as a query, newest first; dates are Vietnam's calendar days.</summary>
public static class AuditQuery
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries, AuditFilter filter)
    {
        if (filter.From is { } from)
            entries = entries.Where(e => e.TimestampUtc >= from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - VietnamOffset);
        if (filter.To is { } to)
            entries = entries.Where(e => e.TimestampUtc < to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - VietnamOffset);
        if (!string.IsNullOrWhiteSpace(filter.User))
            entries = entries.Where(e => e.UserName == filter.User.Trim());
        if (!string.IsNullOrWhiteSpace(filter.Action))
            entries = entries.Where(e => e.Action == filter.Action);
        return entries.OrderByDescending(e => e.Position);
    }
}
