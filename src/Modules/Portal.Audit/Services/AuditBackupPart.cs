using Microsoft.EntityFrameworkCore;
using Portal.Audit.Models;
using Portal.Core.Backup;
using Portal.Core.Tenancy;

namespace Portal.Audit.Services;

/// <summary>
/// The audit trail's share of a backup. The chain itself is in the store's snapshot; on restore it is
/// verified entry by entry under the source tenant's key (a backup with a broken chain is refused),
/// sealed again under the new tenant's key when the name differs (the key is derived from the name),
/// its head recorded outside the store, and the restore itself appended.
/// </summary>
internal sealed class AuditBackupPart(AuditDb db, AuditKeyRing keys, AuditHeadStore heads, ITenantAccessor tenants, IAuditTrail trail)
    : ITenantBackupPart
{
    public string FeatureId => AuditFeature.Id;

    public Task WriteAsync(BackupArchive archive, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task RestoreAsync(BackupArchive archive, BackupManifest manifest, CancellationToken cancellationToken)
    {
        var target = tenants.Required.Name;
        var sourceKey = keys.For(manifest.Tenant);
        var targetKey = keys.For(target);
        var entries = await db.Entries.OrderBy(e => e.Position).ToListAsync(cancellationToken);
        var previous = AuditChain.Genesis;
        var resealed = AuditChain.Genesis;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Position != i + 1 || entry.PreviousMac != previous || AuditChain.Mac(sourceKey, entry) != entry.Mac)
                throw new Core.RequestRefusedException(
                    $"Nhật ký truy cập trong bản sao lưu không toàn vẹn từ mục số {i + 1} (hoặc khóa nhật ký ở đây khác khóa của nơi sao lưu); không khôi phục.");
            previous = entry.Mac;
            entry.PreviousMac = resealed;
            entry.Mac = AuditChain.Mac(targetKey, entry);
            resealed = entry.Mac;
        }
        await db.SaveChangesAsync(cancellationToken);
        heads.Forget(target);
        if (entries.Count > 0)
            await heads.AdvanceAsync(target, new AuditHead(entries[^1].Position, entries[^1].Mac));
        await trail.RecordAsync(new AuditRecord(AuditActions.TenantRestored, AuditOutcome.Succeeded, "tenant", manifest.Tenant,
            $"Khôi phục từ bản sao lưu của '{manifest.Tenant}' lập lúc {manifest.TakenUtc:yyyy-MM-dd HH:mm:ss} UTC ({entries.Count} mục nhật ký đã kiểm tra)."),
            cancellationToken);
    }
}
