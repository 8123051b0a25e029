namespace Portal.Exchange.Models;

/// <summary>One envelope of an issued document to one recipient, from sealing until the recipient's node accepted it.</summary>
public sealed class Sending
{
    public Guid EnvelopeId { get; set; }
    public int DocumentId { get; set; }
    public required string RecipientCode { get; set; }
    public required string RecipientName { get; set; }
    /// <summary>The sealed envelope (signed header and signature) as JSON, exactly as it is posted.</summary>
    public required string Envelope { get; set; }
    public Guid ContentId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? DeliveredUtc { get; set; }
    public string? LastError { get; set; }
}
