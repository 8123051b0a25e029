namespace Portal.Ocr.Models;

/// <summary>
/// One scan to read: queued with its vault file in the transaction that recorded the file, taken by one
/// runner at a time under a lease it renews (a killed process's lease runs out and another run takes the job
/// again), then done (fields and confidences here, the text encrypted in the vault) or failed (the reason).
/// </summary>
public sealed class OcrJob
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public Guid FileId { get; set; }
    public string FileName { get; set; } = "";
    public OcrJobState State { get; set; }
    public int Page { get; set; }
    public int Pages { get; set; }
    public int Attempts { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }
    public string Error { get; set; } = "";
    /// <summary>The fields read, without the body (JSON object).</summary>
    public string FieldsJson { get; set; } = "{}";
    public string ConfidenceJson { get; set; } = "{}";
    /// <summary>The text read, kept encrypted in the vault (as a Word document of one paragraph per line).</summary>
    public Guid? TextFileId { get; set; }
    public string? DocumentKind { get; set; }
    public string? DocumentId { get; set; }
    public DateTime? RegisteredUtc { get; set; }
}
