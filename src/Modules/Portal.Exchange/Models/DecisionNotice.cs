using Portal.Access;

namespace Portal.Exchange.Models;

/// <summary>
/// A decision on a sent secret document, to be told to one recipient (per envelope): what the decision was, never any
/// content; delivered once that recipient's node accepted it (or refused it for good, with its reason).
/// </summary>
public sealed class DecisionNotice
{
    public Guid Id { get; set; }
    public Guid EnvelopeId { get; set; }
    public int DocumentId { get; set; }
    public required string Action { get; set; }
    public SecrecyLevel Level { get; set; }
    public DateOnly EndsOn { get; set; }
    public required string DecisionNumber { get; set; }
    public DateOnly DecidedOn { get; set; }
    public required string Reason { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? DeliveredUtc { get; set; }
    public string? LastError { get; set; }
}
