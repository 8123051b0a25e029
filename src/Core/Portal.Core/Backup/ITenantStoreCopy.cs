using Portal.Core.Tenancy;

namespace Portal.Core.Backup;

/// <summary>
/// The database's share of a backup, by the provider: a consistent snapshot of one tenant's store taken
/// while it serves, and its restoring into a new store that already has the same (migrated, empty) schema.
/// </summary>
public interface ITenantStoreCopy
{
    Task ExportAsync(TenantContext tenant, BackupArchive archive, CancellationToken cancellationToken);

    Task ImportAsync(TenantContext tenant, BackupArchive archive, CancellationToken cancellationToken);
}
