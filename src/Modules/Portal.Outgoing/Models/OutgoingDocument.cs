using Portal.Access;

namespace Portal.Outgoing.Models;

/// <summary>
/// An outgoing secret document from draft to issued original. What the drafter proposes (level,
/// urgency, recipients, copies, whether copying is allowed) stays on the row; the body's versions are in
/// <see cref="OutgoingVersion"/>; the PDFs (signed by the signer, then issued) are files in the vault.
/// </summary>
public sealed class OutgoingDocument
{
    public int Id { get; set; }
    public required string TypeCode { get; set; }
    public required string Subject { get; set; }
    public SecrecyLevel Level { get; set; }
    public string Urgency { get; set; } = "";
    public string Recipients { get; set; } = "";
    public int CopyCount { get; set; }
    /// <summary>The protection period in years to be written on the document, when shorter than the law's (DOMAIN.md §2.2); null for none.</summary>
    public int? ProtectionYears { get; set; }
    public bool CopyingAllowed { get; set; }
    public OutgoingStatus Status { get; set; }
    public int Version { get; set; }
    public required string DrafterId { get; set; }
    public string ReviewerId { get; set; } = "";
    public string ClerkId { get; set; } = "";
    public string SignerId { get; set; } = "";
    public string SignerName { get; set; } = "";
    public string SignerTitle { get; set; } = "";
    public string Authority { get; set; } = "";
    /// <summary>When the signer the clerk chose was absent: the delegation the deputy signs under, naming both people.</summary>
    public string ActingFor { get; set; } = "";
    public string Place { get; set; } = "";
    public string Symbol { get; set; } = "";
    public string BookCode { get; set; } = "";
    public int Year { get; set; }
    public int Number { get; set; }
    public string NumberSymbol { get; set; } = "";
    public DateOnly? IssuedOn { get; set; }
    public Guid? SignedFileId { get; set; }
    public Guid? IssuedFileId { get; set; }
    public DateTime CreatedUtc { get; set; }
    /// <summary>When the document was destroyed (tiêu hủy) by a decision in the register: its text and files are gone, only its record stays.</summary>
    public DateTime? ErasedUtc { get; set; }
    /// <summary>Where the document moved in from in a merge ("{source}:{id}"); null for the agency's own.</summary>
    public string? Origin { get; set; }
}
