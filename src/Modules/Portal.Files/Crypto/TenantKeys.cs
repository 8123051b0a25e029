using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Files.Models;

namespace Portal.Files.Crypto;

/// <summary>
/// The current tenant's data keys: made on first need (version 1), wrapped by the master key, stored in
/// the module's table and kept unwrapped on the active tenant.
/// </summary>
internal sealed class TenantKeys(FilesDb db, ITenantUnitOfWork unitOfWork, ITenantAccessor tenants, MasterKey master)
{
    private DataKeyCache Cache => tenants.Required.GetOrAdd(() => new DataKeyCache());

    /// <summary>The newest version, which wraps new files' keys.</summary>
    public async Task<DataKey> CurrentAsync(CancellationToken cancellationToken)
    {
        if (Cache.Current is { } cached)
            return cached;
        var version = await db.Keys.MaxAsync(k => (int?)k.Version, cancellationToken);
        if (version is null)
        {
            await CreateFirstAsync(cancellationToken);
            version = 1;
        }
        var current = await VersionAsync(version.Value, cancellationToken);
        Cache.Current = current;
        return current;
    }

    public async Task<DataKey> VersionAsync(int version, CancellationToken cancellationToken)
    {
        if (Cache.Versions.TryGetValue(version, out var cached))
            return cached;
        var row = await db.Keys.AsNoTracking().FirstOrDefaultAsync(k => k.Version == version, cancellationToken)
            ?? throw new FileUnreadableException($"Không có khóa dữ liệu phiên bản {version} của cơ quan.");
        if (row.MasterKeyId != master.Id)
            throw new FileUnreadableException(
                $"Khóa dữ liệu của cơ quan được bọc bằng khóa chủ {row.MasterKeyId}, không phải khóa chủ đang cấu hình ({master.Id}).");
        var key = master.Unwrap(row.WrappedKey, DataKey.Context(version, row.MasterKeyId))
            ?? throw new FileUnreadableException("Khóa dữ liệu của cơ quan đã bị hỏng hoặc bị sửa đổi; không mở được.");
        return Cache.Versions.GetOrAdd(version, new DataKey(version, key));
    }

    /// <summary>Two first uploads at once both try; the key is the table's, so the loser's insert does nothing.</summary>
    private Task CreateFirstAsync(CancellationToken cancellationToken) => unitOfWork.InTransactionAsync(async () =>
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var wrapped = master.Wrap(key, DataKey.Context(1, master.Id));
        CryptographicOperations.ZeroMemory(key);
        var masterId = master.Id;
        var now = DateTime.UtcNow;
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"VaultKeys\" (\"Version\", \"WrappedKey\", \"MasterKeyId\", \"CreatedUtc\") VALUES (1, {wrapped}, {masterId}, {now}) ON CONFLICT DO NOTHING",
            cancellationToken);
    }, cancellationToken);
}
