using System.Security.Cryptography;
using Portal.Files;

namespace Portal.Reorganisation;

/// <summary>
/// A batch's files carried from the source's vault into the target's: stored under the target's keys before the import's
/// transaction opens (as an upload is: a crash leaves orphans the vault's sweep removes), then recorded in it once the
/// stored copy, decrypted with the target's keys, is the source's content byte for byte.
/// </summary>
public sealed class CarriedFiles(TransferWork work, IFileVault vault)
{
    private readonly Dictionary<Guid, (StoredFile File, string Sha256)> carried = [];

    public async Task CarryAsync(Guid sourceFileId, string name, CancellationToken cancellationToken)
    {
        var copy = await work.Files.CopyAsync(sourceFileId, content => vault.StoreAsync(content, name, cancellationToken), cancellationToken);
        carried[sourceFileId] = (copy.Stored, copy.Sha256);
    }

    /// <summary>Records the carried copy of <paramref name="sourceFileId"/> in the caller's transaction; its id in the target.</summary>
    public async Task<Guid> RecordAsync(Guid sourceFileId, CancellationToken cancellationToken)
    {
        var (file, sha256) = carried[sourceFileId];
        await vault.RecordAsync(file, cancellationToken);
        await using var content = await vault.OpenReadAsync(file.Id, cancellationToken);
        if (Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken)) != sha256)
            throw new InvalidOperationException($"Tệp '{file.FileName}' chuyển sang không khớp với bản gốc (SHA-256 khác).");
        return file.Id;
    }
}
