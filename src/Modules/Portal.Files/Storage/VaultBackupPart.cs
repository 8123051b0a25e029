using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Backup;
using Portal.Core.Tenancy;
using Portal.Files.Crypto;
using Portal.Files.Models;

namespace Portal.Files.Storage;

/// <summary>
/// The vault's share of a backup: its blobs as they are on disk (ciphertext; nothing is decrypted). The
/// keys that open them are rows of the store, wrapped by the master key, which is never in a backup: a
/// restore refuses a backup whose data keys this installation's master key cannot open.
/// </summary>
internal sealed class VaultBackupPart(FilesDb db, ITenantAccessor tenants, MasterKey master) : ITenantBackupPart
{
    private const string Folder = "files/";

    public string FeatureId => FilesFeature.Id;

    /// <summary>Every recorded file's blob; a row recorded after the database's snapshot only adds a blob the restore leaves out.</summary>
    public async Task WriteAsync(BackupArchive archive, CancellationToken cancellationToken)
    {
        var paths = VaultPaths.For(tenants.Required);
        await foreach (var id in db.Files.AsNoTracking().Select(f => f.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
            await archive.AddFileAsync(Folder + id.ToString("N") + VaultPaths.BlobExtension, paths.Blob(id), compress: false, cancellationToken);
    }

    public async Task RestoreAsync(BackupArchive archive, BackupManifest manifest, CancellationToken cancellationToken)
    {
        var unknown = (await db.Keys.AsNoTracking().Select(k => k.MasterKeyId).Distinct().ToListAsync(cancellationToken))
            .Where(id => !master.Knows(id)).ToList();
        if (unknown.Count > 0)
            throw new RequestRefusedException(
                $"Khóa dữ liệu trong bản sao lưu được bọc bằng khóa chủ {string.Join(", ", unknown)}, không phải khóa chủ ở đây ({master.Id}): " +
                "hãy cấu hình đúng khóa chủ của nơi sao lưu rồi khôi phục lại.");
        var paths = VaultPaths.For(tenants.Required);
        var expected = (await db.Files.AsNoTracking().Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var name in archive.Names(Folder))
        {
            if (VaultPaths.IdOf(name) is not { } id || !expected.Remove(id))
                continue;
            var temporary = paths.Temporary(id);
            await using (var source = archive.Read(name)!)
            await using (var target = DurableFile.CreateNew(temporary))
            {
                await source.CopyToAsync(target, cancellationToken);
                target.Flush(flushToDisk: true);
            }
            DurableFile.MoveIntoPlace(temporary, paths.Blob(id));
        }
        if (expected.Count > 0)
            throw new RequestRefusedException($"Bản sao lưu thiếu nội dung của {expected.Count} tệp đính kèm; không khôi phục.");
    }
}
