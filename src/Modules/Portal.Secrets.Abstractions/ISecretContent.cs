namespace Portal.Secrets;

/// <summary>
/// What a module keeps of a secret document (its own tables: text fields, files, read text), so the register can seal its
/// files to the document's erasure key and, on a decision to destroy it, have every module erase its share. Incoming,
/// Outgoing and OCR each implement it for the documents they hold a part of; none reaches into another's tables.
/// </summary>
public interface ISecretContent
{
    /// <summary>The vault files this module keeps for the document (originals, thumbnails, read text); none when it keeps none.</summary>
    Task<IReadOnlyList<Guid>> FilesAsync(string kind, int id, CancellationToken cancellationToken);

    /// <summary>
    /// Erases the document's text from this module's tables and forgets its files (the register shreds them), in the caller's
    /// transaction; what stays is what the register and the destruction record show (number and symbol, dates, level).
    /// </summary>
    Task EraseAsync(string kind, int id, CancellationToken cancellationToken);
}
