namespace Portal.Files;

/// <summary>
/// The tenant's encrypted file store. Content is streamed (never whole in memory), checked (size, type
/// from its bytes, DOCX structure), encrypted with a key of its own and made durable under its final
/// name before anything is written to the database. A stored file becomes the tenant's when
/// <see cref="RecordAsync"/> writes its row in the caller's transaction, so an upload can be received
/// before the transaction opens (no write lock held while bytes arrive); a file never recorded, or
/// recorded in a transaction that rolled back, is an orphan the sweep removes. Access to a file is
/// decided by its owner module through the access check, not here.
/// </summary>
public interface IFileVault
{
    /// <summary>Stores an upload; throws <see cref="FileRejectedException"/> with a Vietnamese reason, leaving nothing behind.</summary>
    Task<StoredFile> StoreAsync(Stream content, string? fileName, CancellationToken cancellationToken);

    /// <summary>Writes the row of a file this unit of work stored, in the unit's transaction (joined, or its own).</summary>
    Task RecordAsync(StoredFile file, CancellationToken cancellationToken);

    /// <summary>Deletes a file this unit of work stored and has not recorded (the rest of its form was refused).</summary>
    void Discard(StoredFile file);

    /// <summary>
    /// Deletes a recorded file (a recalled document's copy): its row in the unit's transaction, its encrypted
    /// content once that commits, so a rollback keeps it whole.
    /// </summary>
    Task DeleteAsync(Guid id, CancellationToken cancellationToken);

    Task<StoredFile?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Seals files to an erasure key of the live key store (made on first use, never in a backup): their keys are wrapped by it
    /// from now on. Files already sealed, or no longer there, are left as they are. In the unit's transaction.
    /// </summary>
    Task SealAsync(Guid erasureKeyId, IReadOnlyCollection<Guid> fileIds, CancellationToken cancellationToken);

    /// <summary>
    /// Destroys files beyond recovery: their rows are deleted and the erasure key they were sealed to is erased before the
    /// unit's transaction commits (a backup's copies of row and blob stay without a key); the blobs are overwritten and
    /// removed once it commits.
    /// </summary>
    Task ShredAsync(Guid erasureKeyId, IReadOnlyCollection<Guid> fileIds, CancellationToken cancellationToken);

    /// <summary>
    /// A read-only, seekable stream of the decrypted content; each chunk's tag is checked before any of
    /// its bytes is returned, so damage or tampering throws <see cref="FileUnreadableException"/>, never wrong data.
    /// </summary>
    Task<Stream> OpenReadAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// The plain text of a DOCX (paragraphs on their own lines), read as a stream and cut at
    /// <paramref name="maxCharacters"/>; null for other kinds, whose text comes from OCR.
    /// </summary>
    Task<string?> ExtractTextAsync(Guid id, int maxCharacters, CancellationToken cancellationToken);
}
