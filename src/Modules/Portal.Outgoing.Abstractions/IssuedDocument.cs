namespace Portal.Outgoing;

/// <summary>An issued outgoing document as other modules may know it: its register fields and the issued original's file.</summary>
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
    Guid IssuedFileId);
