namespace Portal.Exchange.Models;

/// <summary>
/// An envelope a split agency sent whose record went to a successor other than the one its code now leads to (the main
/// successor takes the code): statuses about it, addressed to the old code, go to <see cref="HeldBy"/>, which holds it.
/// Kept in the central office's store beside the directory.
/// </summary>
public sealed class HeldEnvelope
{
    public Guid EnvelopeId { get; set; }
    public required string FormerCode { get; set; }
    public required string HeldBy { get; set; }
}
