namespace Portal.Files;

/// <summary>
/// A file kept encrypted in the tenant's vault. <see cref="FileName"/> is already made safe for display
/// and download; <see cref="Sha256"/> is the lowercase hex hash of the plain content.
/// </summary>
public sealed record StoredFile(Guid Id, string FileName, string ContentType, StoredFileKind Kind, long Length, string Sha256,
    DateTime StoredUtc);
