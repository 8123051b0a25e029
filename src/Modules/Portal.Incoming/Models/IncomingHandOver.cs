namespace Portal.Incoming.Models;

/// <summary>A hand-over of the paper original, entered in the hand-over book (sổ chuyển giao) with its own number.</summary>
public sealed class IncomingHandOver
{
    public long Id { get; set; }
    public int DocumentId { get; set; }
    public int BookId { get; set; }
    public required string BookCode { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    public DateTime HandedOverUtc { get; set; }
    public required string HandedOverBy { get; set; }
    public required string Recipient { get; set; }
    public string Notes { get; set; } = "";
}
