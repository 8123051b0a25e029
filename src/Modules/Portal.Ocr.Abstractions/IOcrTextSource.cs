namespace Portal.Ocr;

/// <summary>
/// The OCR text of a registered document, for the search index: decrypted from the vault on demand, never
/// kept in clear in a database. Registered in every tenant's container; it answers "" when the tenant has no
/// OCR feature, or when no OCR job was registered as that document.
/// </summary>
public interface IOcrTextSource
{
    /// <summary>
    /// The text read from every scan registered as <paramref name="documentKind"/>:<paramref name="documentId"/>
    /// (e.g. "incoming", "42"), in reading order, cut at <paramref name="maxCharacters"/>; "" when there is none.
    /// </summary>
    Task<string> TextAsync(string documentKind, string documentId, int maxCharacters, CancellationToken cancellationToken);
}
