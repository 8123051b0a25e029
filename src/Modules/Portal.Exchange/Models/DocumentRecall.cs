namespace Portal.Exchange.Models;

/// <summary>The sender's recall of a sent document (thu hồi): when, by whom and why. A recalled document is frozen: it is not sent again.</summary>
public sealed class DocumentRecall
{
    public int DocumentId { get; set; }
    public required string Reason { get; set; }
    public required string ByName { get; set; }
    public DateTime AtUtc { get; set; }
}
