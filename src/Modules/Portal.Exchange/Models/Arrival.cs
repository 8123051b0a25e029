namespace Portal.Exchange.Models;

/// <summary>
/// An envelope this agency accepted, keyed by sender and envelope id so a retried or replayed one is
/// recognised and registers nothing. The content stays sealed (its key wrapped for this agency) on disk.
/// </summary>
public sealed class Arrival
{
    public required string SenderCode { get; set; }
    public Guid EnvelopeId { get; set; }
    public required string SenderName { get; set; }
    public required string Envelope { get; set; }
    public DateTime ReceivedUtc { get; set; }
    public ArrivalState State { get; set; }
    /// <summary>The incoming document it was registered as (through Incoming's intake), followed for status messages.</summary>
    public int? IncomingDocumentId { get; set; }
    /// <summary>The clerk's reason when the envelope was refused; the sender's when it recalled it.</summary>
    public string Note { get; set; } = "";
}
