namespace Portal.Outgoing;

/// <summary>
/// An issued outgoing document as other modules may know it: its register fields, the issued original's file, and the
/// protection period written on it when it states a shorter one than the law's.
/// </summary>
public sealed record IssuedDocument(
    int Id,
    string NumberSymbol,
    DateOnly IssuedOn,
    string TypeCode,
    string Subject,
    int Level,
    string Urgency,
    string SignerName,
    int CopyCount,
    Guid IssuedFileId,
    int? ProtectionYears = null);
