namespace Portal.Audit;

/// <summary>Reads the current tenant's audit trail, newest first. Callers record their own reading (AuditActions.AuditViewed).</summary>
public interface IAuditReader
{
    Task<IReadOnlyList<AuditEntryInfo>> ReadAsync(AuditSearch search, CancellationToken cancellationToken = default);
}
