using Portal.Core.Tenancy;

namespace Portal.Core.Backup;

/// <summary>
/// A module's share of a tenant's backup for what it keeps outside the tenant's store (the vault's blobs,
/// the audit head). Written after the database's snapshot, so it may see more than the snapshot (it
/// leaves out what the snapshot does not know); restored after the rows, in the restored tenant.
/// </summary>
public interface ITenantBackupPart
{
    /// <summary>The feature whose tenants have this part.</summary>
    string FeatureId { get; }

    Task WriteAsync(BackupArchive archive, CancellationToken cancellationToken);

    Task RestoreAsync(BackupArchive archive, BackupManifest manifest, CancellationToken cancellationToken);
}
