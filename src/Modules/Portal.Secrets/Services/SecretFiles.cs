using Portal.Files;
using Portal.Secrets.Models;

namespace Portal.Secrets.Services;

/// <summary>
/// A register entry's files, as the modules holding a share of the document list them: sealed to the entry's erasure key
/// while it is kept, shredded with that key when it is destroyed.
/// </summary>
public sealed class SecretFiles(IEnumerable<ISecretContent> contents, IFileVault vault)
{
    /// <summary>Seals the document's files not sealed yet (a file attached since); the entry gets its erasure key on first need. Tracked entry.</summary>
    public async Task SealAsync(SecretEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Status == SecretStatus.Destroyed)
            return;
        entry.ErasureKeyId ??= Guid.NewGuid();
        await vault.SealAsync(entry.ErasureKeyId.Value, await ListAsync(entry, cancellationToken), cancellationToken);
    }

    /// <summary>Has every module erase its share of the document, then shreds its files and erases its key (in the caller's transaction).</summary>
    public async Task DestroyAsync(SecretEntry entry, CancellationToken cancellationToken)
    {
        var files = await ListAsync(entry, cancellationToken);
        foreach (var content in contents)
            await content.EraseAsync(entry.DocumentKind, entry.DocumentId, cancellationToken);
        await vault.ShredAsync(entry.ErasureKeyId ?? Guid.NewGuid(), files, cancellationToken);
    }

    private async Task<IReadOnlyCollection<Guid>> ListAsync(SecretEntry entry, CancellationToken cancellationToken)
    {
        var files = new HashSet<Guid>();
        foreach (var content in contents)
            files.UnionWith(await content.FilesAsync(entry.DocumentKind, entry.DocumentId, cancellationToken));
        return files;
    }
}
