namespace Portal.Files;

/// <summary>
/// The tenant's encrypted file store. Content is streamed (never whole in memory), encrypted with a key
/// per file, and written under a temporary name, flushed and renamed; the file's row is written in the
/// caller's unit-of-work transaction, so a rolled-back change leaves only an orphan blob that the sweep
/// removes. Access to a file is decided by its owner module through the access check, not here.
/// </summary>
public interface IFileVault
{
    /// <summary>Stores an upload; throws <see cref="FileRejectedException"/> with a Vietnamese reason, leaving nothing behind.</summary>
    Task<StoredFile> StoreAsync(Stream content, string? fileName, CancellationToken cancellationToken);

    Task<StoredFile?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A read-only stream of the decrypted content; each chunk's tag is checked as it is read.</summary>
    Task<Stream> OpenReadAsync(Guid id, CancellationToken cancellationToken);
}
