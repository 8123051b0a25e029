using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Files.Models;

namespace Portal.Files.Crypto;

/// <summary>
/// The current tenant's data keys: made on first need (version 1), wrapped by the master key, stored in
/// the module's table and kept unwrapped on the active tenant, each use under a lease (dispose it when done:
/// a released tenant's keys are wiped once no lease is held). The newest version is looked up for each
/// new file, so a data-key rotation made by another process holds at once.
/// </summary>
internal sealed class TenantKeys(FilesDb db, ITenantUnitOfWork unitOfWork, ITenantAccessor tenants, MasterKey master)
{
    private DataKeyCache Cache => tenants.Required.GetOrAdd(() => new DataKeyCache());

    /// <summary>The newest version, which wraps new files' keys.</summary>
    public async Task<DataKeyLease> CurrentAsync(CancellationToken cancellationToken)
    {
        var version = await db.Keys.MaxAsync(k => (int?)k.Version, cancellationToken);
        if (version is null)
        {
            await AddVersionAsync(1, cancellationToken);
            version = 1;
        }
        return await VersionAsync(version.Value, cancellationToken);
    }

    public async Task<DataKeyLease> VersionAsync(int version, CancellationToken cancellationToken)
    {
        var cache = Cache;
        if (cache.TryLease(version) is { } cached)
            return cached;
        var row = await db.Keys.AsNoTracking().FirstOrDefaultAsync(k => k.Version == version, cancellationToken)
            ?? throw new FileUnreadableException($"Không có khóa dữ liệu phiên bản {version} của cơ quan.");
        var key = master.Unwrap(row.MasterKeyId, row.WrappedKey, DataKey.Context(version, row.MasterKeyId))
            ?? throw new FileUnreadableException(master.Knows(row.MasterKeyId)
                ? "Khóa dữ liệu của cơ quan đã bị hỏng hoặc bị sửa đổi; không mở được."
                : $"Khóa dữ liệu của cơ quan được bọc bằng khóa chủ {row.MasterKeyId}, không phải khóa chủ đang cấu hình ({master.Id}).");
        return cache.Add(new DataKey(version, key));
    }

    /// <summary>
    /// Adds a new data-key version, wrapped by the master key; two first uploads at once both try version 1,
    /// and the key is the table's, so the loser's insert does nothing.
    /// </summary>
    public Task AddVersionAsync(int version, CancellationToken cancellationToken) => unitOfWork.InTransactionAsync(async () =>
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var (wrapped, masterId) = master.Wrap(key, id => DataKey.Context(version, id));
        CryptographicOperations.ZeroMemory(key);
        var now = DateTime.UtcNow;
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"VaultKeys\" (\"Version\", \"WrappedKey\", \"MasterKeyId\", \"CreatedUtc\") VALUES ({version}, {wrapped}, {masterId}, {now}) ON CONFLICT DO NOTHING",
            cancellationToken);
    }, cancellationToken);
}
