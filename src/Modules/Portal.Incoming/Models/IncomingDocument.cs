using Portal.Access;

namespace Portal.Incoming.Models;

/// <summary>An incoming secret document as registered in the incoming register, with the "ĐẾN" stamp's details and its handling.</summary>
public sealed class IncomingDocument
{
    public int Id { get; set; }
    public int BookId { get; set; }
    public required string BookCode { get; set; }
    public int Year { get; set; }
    /// <summary>Số đến: unique and without gaps in the book and year.</summary>
    public int ArrivalNumber { get; set; }
    public DateTime ArrivedUtc { get; set; }
    public required string Sender { get; set; }
    public required string NumberSymbol { get; set; }
    public DateOnly DocumentDate { get; set; }
    public string DocumentType { get; set; } = "";
    public string Subject { get; set; } = "";
    public SecrecyLevel Level { get; set; }
    public Urgency Urgency { get; set; }
    public int PageCount { get; set; }
    public int CopyCount { get; set; }
    /// <summary>The protection period in years written on the document when it states one (DOMAIN.md §2.2); null when it does not.</summary>
    public int? ProtectionYears { get; set; }
    public DateOnly? Deadline { get; set; }
    /// <summary>Số và ký hiệu hồ sơ on the "ĐẾN" stamp.</summary>
    public string Dossier { get; set; } = "";
    public string Notes { get; set; } = "";
    /// <summary>"Chỉ người có tên mới được bóc bì": registered from the envelope; only the addressee sees the content.</summary>
    public bool AddresseeOnly { get; set; }
    public string? AddresseeUserId { get; set; }
    public string AddresseeName { get; set; } = "";
    /// <summary>Normalised sender, number and date, to find a possible duplicate whatever the case and spacing.</summary>
    public required string DuplicateKey { get; set; }
    public string DuplicateReason { get; set; } = "";
    public IncomingStatus Status { get; set; }
    public required string RegisteredBy { get; set; }
    public required string RegisteredByName { get; set; }
    public DateTime RegisteredUtc { get; set; }
    public string? LeaderUserId { get; set; }
    public string LeaderName { get; set; } = "";
    /// <summary>When the leader the clerk chose was absent: the delegation the deputy acts under, naming both people.</summary>
    public string LeaderActingFor { get; set; } = "";
    public string Direction { get; set; } = "";
    public string? LeadUserId { get; set; }
    public string LeadName { get; set; } = "";
    /// <summary>When the lead handler named was absent: the delegation the deputy acts under, naming both people.</summary>
    public string LeadActingFor { get; set; } = "";
    public string Result { get; set; } = "";
    public string CancelReason { get; set; } = "";
    /// <summary>When the document was destroyed (tiêu hủy) by a decision in the register: its text and files are gone, only its record stays.</summary>
    public DateTime? ErasedUtc { get; set; }
    /// <summary>A document moved in by a merge: "{source tenant}:{its id there}"; null for one registered here.</summary>
    public string? Origin { get; set; }
}
