namespace Portal.Exchange.Models;

/// <summary>A status message a recipient sent back about one envelope (DOMAIN.md §3.3 codes), kept once per code.</summary>
public sealed class SendingStatus
{
    public int Id { get; set; }
    public Guid EnvelopeId { get; set; }
    public required string Code { get; set; }
    public DateTime AtUtc { get; set; }
    public string Note { get; set; } = "";
}
