using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core.Data;
using Portal.Files.Models;

namespace Portal.Files.Crypto;

/// <summary>
/// Re-wrapping in the current tenant, while it serves: its data keys under a new master key (one
/// transaction), or its files' keys under a new data-key version (batches, each its own transaction).
/// Nothing is re-encrypted, and every row is whole at every moment, so an interrupted run leaves each
/// key under the old or the new wrapping, both readable; running again finishes. Each is recorded in the
/// tenant's audit chain (versions, master-key ids and counts; never a key).
/// </summary>
internal sealed class KeyRewrap(FilesDb db, ITenantUnitOfWork unitOfWork, TenantKeys keys, MasterKey master, IAuditTrail audit)
{
    private const int Batch = 200;

    /// <summary>Re-wraps every data-key version not yet under the master key <paramref name="masterKeyId"/>; how many.</summary>
    public async Task<int> RewrapDataKeysAsync(string masterKeyId, CancellationToken cancellationToken)
    {
        var count = 0;
        await unitOfWork.InTransactionAsync(async () =>
        {
            var rows = await db.Keys.Where(k => k.MasterKeyId != masterKeyId).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                var key = master.Unwrap(row.MasterKeyId, row.WrappedKey, DataKey.Context(row.Version, row.MasterKeyId))
                    ?? throw new FileUnreadableException($"Không mở được khóa dữ liệu phiên bản {row.Version} (khóa chủ {row.MasterKeyId}).");
                var (wrapped, id) = master.Wrap(key, i => DataKey.Context(row.Version, i));
                CryptographicOperations.ZeroMemory(key);
                if (id != masterKeyId)
                    throw new InvalidOperationException("The master key changed during the rotation.");
                row.WrappedKey = wrapped;
                row.MasterKeyId = id;
            }
            await db.SaveChangesAsync(cancellationToken);
            count = rows.Count;
            // In the same transaction: the chain records the re-wrap exactly when it happened (a run that finds nothing left records nothing).
            if (count > 0)
                await audit.RecordAsync(new AuditRecord(KeyAuditActions.MasterKeyRewrapped, AuditOutcome.Succeeded, KeyAuditActions.TargetKind, masterKeyId,
                    $"{count} phiên bản khóa dữ liệu ({string.Join(", ", rows.Select(r => r.Version).Order())}) được bọc lại bằng khóa chủ {masterKeyId}",
                    UserName: "cli"), cancellationToken);
        }, cancellationToken);
        db.ChangeTracker.Clear();
        return count;
    }

    /// <summary>Adds a data-key version (new files use it at once) and re-wraps every older file's key under it; the version and how many files.</summary>
    public async Task<(int Version, int Files)> RotateDataKeyAsync(CancellationToken cancellationToken)
    {
        var version = (await db.Keys.MaxAsync(k => (int?)k.Version, cancellationToken) ?? 0) + 1;
        await keys.AddVersionAsync(version, cancellationToken);
        using var newest = await keys.VersionAsync(version, cancellationToken);
        var files = 0;
        int done;
        do
        {
            done = 0;
            await unitOfWork.InTransactionAsync(async () =>
            {
                var rows = await KeyRewrapSave.SaveAsync(db, async () =>
                {
                    var batch = await db.Files.Where(f => f.KeyVersion < version && f.ErasureKeyId == null).OrderBy(f => f.Id).Take(Batch).ToListAsync(cancellationToken);
                    foreach (var row in batch)
                    {
                        byte[] fileKey;
                        using (var old = await keys.VersionAsync(row.KeyVersion, cancellationToken))
                            fileKey = KeyWrap.Unwrap(old.Key, row.WrappedKey, DataKey.FileKeyContext(row.Id, row.KeyVersion))
                                ?? throw new FileUnreadableException($"Khóa của tệp {row.Id} đã bị hỏng hoặc bị sửa đổi; không đổi khóa được.");
                        row.WrappedKey = KeyWrap.Wrap(newest.Key, fileKey, DataKey.FileKeyContext(row.Id, version));
                        row.KeyVersion = version;
                        CryptographicOperations.ZeroMemory(fileKey);
                    }
                    return batch;
                }, cancellationToken);
                done = rows.Count;
            }, cancellationToken);
            db.ChangeTracker.Clear();
            files += done;
        }
        while (done > 0);
        await audit.RecordAsync(new AuditRecord(KeyAuditActions.DataKeyRotated, AuditOutcome.Succeeded, KeyAuditActions.TargetKind,
            version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"Khóa dữ liệu phiên bản {version}; khóa của {files} tệp được bọc lại", UserName: "cli"), cancellationToken);
        return (version, files);
    }
}
