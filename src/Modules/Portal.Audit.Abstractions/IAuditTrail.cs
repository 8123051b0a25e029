namespace Portal.Audit;

/// <summary>
/// The tenant's append-only audit trail. An entry joins the current unit of work's transaction when
/// there is one, so it commits or rolls back with the change it records.
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default);
}
