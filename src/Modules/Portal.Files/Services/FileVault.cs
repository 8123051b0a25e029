using System.Buffers;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Files.Checks;
using Portal.Files.Crypto;
using Portal.Files.Models;
using Portal.Files.Storage;

namespace Portal.Files.Services;

/// <summary>The tenant's encrypted vault (see <see cref="IFileVault"/>); scoped, it remembers the files its unit of work stored until they are recorded.</summary>
internal sealed class FileVault(FilesDb db, ITenantUnitOfWork unitOfWork, ITenantAccessor tenants, TenantKeys keys, ErasureKeys erasureKeys,
    IOptions<FilesOptions> options) : IFileVault
{
    private readonly Dictionary<Guid, VaultFile> _unrecorded = [];

    private VaultPaths Paths => VaultPaths.For(tenants.Required);

    public async Task<StoredFile> StoreAsync(Stream content, string? fileName, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BlobFormat.ChunkSize);
        var fileKey = RandomNumberGenerator.GetBytes(32);
        try
        {
            var filled = await FillAsync(content, buffer, cancellationToken);
            var upload = Upload.Inspect(buffer.AsSpan(0, filled), fileName, options.Value.MaxFileBytes);
            using var dataKey = await keys.CurrentAsync(cancellationToken);
            var id = Guid.NewGuid();
            var temporary = Paths.Temporary(id);
            try
            {
                var (length, sha256) = await SealAsync(content, buffer, filled, temporary, id, fileKey, cancellationToken);
                if (upload.Kind == StoredFileKind.Docx)
                {
                    using var sealedContent = BlobReadStream.Open(temporary, id, fileKey);
                    DocxInspection.Check(sealedContent);
                }
                var row = new VaultFile
                {
                    Id = id,
                    FileName = upload.FileName,
                    Kind = upload.Kind,
                    ContentType = FileKinds.ContentType(upload.Kind),
                    Length = length,
                    Sha256 = sha256,
                    WrappedKey = KeyWrap.Wrap(dataKey.Key, fileKey, DataKey.FileKeyContext(id, dataKey.Version)),
                    KeyVersion = dataKey.Version,
                    StoredUtc = DateTime.UtcNow,
                };
                DurableFile.MoveIntoPlace(temporary, Paths.Blob(id));
                _unrecorded[id] = row;
                return row.ToStoredFile();
            }
            catch
            {
                File.Delete(temporary);
                throw;
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(fileKey);
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }

    public async Task RecordAsync(StoredFile file, CancellationToken cancellationToken)
    {
        if (!_unrecorded.Remove(file.Id, out var row))
            throw new InvalidOperationException($"File {file.Id} was not stored by this unit of work, or is already recorded.");
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.Files.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            db.Entry(row).State = EntityState.Detached;
        }, cancellationToken);
    }

    public void Discard(StoredFile file)
    {
        if (_unrecorded.Remove(file.Id))
            File.Delete(Paths.Blob(file.Id));
    }

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            var blob = Paths.Blob(id);
            await db.Files.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken);
            unitOfWork.AfterCommit(() =>
            {
                File.Delete(blob);
                return Task.CompletedTask;
            });
        }, cancellationToken);

    public async Task<StoredFile?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken))?.ToStoredFile();

    public Task SealAsync(Guid erasureKeyId, IReadOnlyCollection<Guid> fileIds, CancellationToken cancellationToken) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            var erasureKey = erasureKeys.LoadOrCreate(erasureKeyId);
            try
            {
                await KeyRewrapSave.SaveAsync(db, async () =>
                {
                    var rows = await db.Files.Where(f => fileIds.Contains(f.Id) && f.ErasureKeyId == null).ToListAsync(cancellationToken);
                    foreach (var row in rows)
                    {
                        var fileKey = await FileKeyAsync(row, cancellationToken);
                        row.WrappedKey = KeyWrap.Wrap(erasureKey, fileKey, DataKey.SealedFileKeyContext(row.Id, erasureKeyId));
                        row.ErasureKeyId = erasureKeyId;
                        row.KeyVersion = 0;
                        CryptographicOperations.ZeroMemory(fileKey);
                    }
                    return rows;
                }, cancellationToken);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(erasureKey);
                db.ChangeTracker.Clear();
            }
        }, cancellationToken);

    public Task ShredAsync(Guid erasureKeyId, IReadOnlyCollection<Guid> fileIds, CancellationToken cancellationToken) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            var doomed = db.Files.Where(f => fileIds.Contains(f.Id) || f.ErasureKeyId == erasureKeyId);
            var blobs = (await doomed.Select(f => f.Id).ToListAsync(cancellationToken)).Concat(fileIds).Distinct().Select(Paths.Blob).ToList();
            await doomed.ExecuteDeleteAsync(cancellationToken);
            erasureKeys.Erase(erasureKeyId);
            unitOfWork.AfterCommit(() =>
            {
                foreach (var blob in blobs)
                    DurableFile.Overwrite(blob);
                return Task.CompletedTask;
            });
        }, cancellationToken);

    public async Task<Stream> OpenReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken)
            ?? throw new FileNotFoundException($"Không có tệp {id} trong kho lưu trữ.");
        var fileKey = await FileKeyAsync(row, cancellationToken);
        try
        {
            return BlobReadStream.Open(Paths.Blob(id), id, fileKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(fileKey);
        }
    }

    public async Task<string?> ExtractTextAsync(Guid id, int maxCharacters, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { Kind: StoredFileKind.Docx })
            return null;
        await using var content = await OpenReadAsync(id, cancellationToken);
        return DocxText.Read(content, maxCharacters);
    }

    /// <summary>The file's own key, unwrapped by the data key or the erasure key it is sealed to.</summary>
    private async Task<byte[]> FileKeyAsync(VaultFile row, CancellationToken cancellationToken)
    {
        if (row.ErasureKeyId is { } erasureKeyId)
        {
            var erasureKey = erasureKeys.Find(erasureKeyId)
                ?? throw new FileUnreadableException("Khóa của tệp đã bị hủy cùng văn bản bí mật (tiêu hủy); nội dung không còn mở được.");
            try
            {
                return KeyWrap.Unwrap(erasureKey, row.WrappedKey, DataKey.SealedFileKeyContext(row.Id, erasureKeyId))
                    ?? throw new FileUnreadableException("Khóa của tệp đã bị hỏng hoặc bị sửa đổi; không mở được.");
            }
            finally
            {
                CryptographicOperations.ZeroMemory(erasureKey);
            }
        }
        using var dataKey = await keys.VersionAsync(row.KeyVersion, cancellationToken);
        return KeyWrap.Unwrap(dataKey.Key, row.WrappedKey, DataKey.FileKeyContext(row.Id, row.KeyVersion))
            ?? throw new FileUnreadableException("Khóa của tệp đã bị hỏng hoặc bị sửa đổi; không mở được.");
    }

    /// <summary>Encrypts the upload chunk by chunk into the temporary file, hashing and counting as it goes, then flushes it to disk.</summary>
    private async Task<(long Length, string Sha256)> SealAsync(Stream content, byte[] buffer, int filled, string temporary, Guid id,
        byte[] fileKey, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var file = DurableFile.CreateNew(temporary);
        using (var writer = new BlobWriter(file, id, fileKey))
        {
            long length = filled;
            while (filled == BlobFormat.ChunkSize)
            {
                hash.AppendData(buffer, 0, filled);
                await writer.WriteChunkAsync(buffer.AsMemory(0, filled), final: false, cancellationToken);
                filled = await FillAsync(content, buffer, cancellationToken);
                length += filled;
                if (length > options.Value.MaxFileBytes)
                    throw Upload.TooLarge(options.Value.MaxFileBytes);
            }
            hash.AppendData(buffer, 0, filled);
            await writer.WriteChunkAsync(buffer.AsMemory(0, filled), final: true, cancellationToken);
            file.Flush(flushToDisk: true);
            return (length, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
    }

    /// <summary>Reads until the buffer is full or the upload ends, so every chunk but the last is full.</summary>
    private static async Task<int> FillAsync(Stream content, byte[] buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        int read;
        while (filled < BlobFormat.ChunkSize &&
               (read = await content.ReadAsync(buffer.AsMemory(filled, BlobFormat.ChunkSize - filled), cancellationToken)) > 0)
            filled += read;
        return filled;
    }
}
