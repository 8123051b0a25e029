using Portal.Files;

namespace Portal.Incoming.Models;

/// <summary>A scan, PDF or DOCX of an incoming document, kept encrypted in the tenant's vault; it has the document's access list.</summary>
public sealed class IncomingAttachment
{
    public long Id { get; set; }
    public int DocumentId { get; set; }
    public Guid FileId { get; set; }
    public required string FileName { get; set; }
    public StoredFileKind Kind { get; set; }
    public long Length { get; set; }
    public DateTime AddedUtc { get; set; }
    public required string AddedBy { get; set; }

    /// <summary>The thumbnail of the first page, a PNG the isolated worker made, stored encrypted in the vault like the original.</summary>
    public Guid? ThumbnailFileId { get; set; }

    /// <summary>Why the worker made no thumbnail (a decompression bomb, a damaged file): shown in its place, so it is not tried again.</summary>
    public string? ThumbnailNote { get; set; }
}
