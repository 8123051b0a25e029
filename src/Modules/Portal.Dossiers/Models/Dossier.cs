using Portal.Access;

namespace Portal.Dossiers.Models;

/// <summary>A work dossier opened from a catalogue entry: its level is the highest of its contents, its totals are fixed when it closes.</summary>
public sealed class Dossier
{
    public int Id { get; set; }
    public int CatalogueEntryId { get; set; }
    public int Year { get; set; }
    public required string UnitCode { get; set; }
    public required string Code { get; set; }
    public required string Title { get; set; }
    public int RetentionYears { get; set; }
    public required string ResponsibleUserId { get; set; }
    public required string ResponsibleName { get; set; }
    public SecrecyLevel Level { get; set; }
    /// <summary>Concurrency token: two people closing or handing over at once cannot both succeed.</summary>
    public DossierStatus Status { get; set; }
    public required string OpenedBy { get; set; }
    public DateOnly OpenedOn { get; set; }
    /// <summary>The day the matter ended (ngày kết thúc); the hand-over deadline runs from it.</summary>
    public DateOnly? ClosedOn { get; set; }
    public int DocumentTotal { get; set; }
    public int PageTotal { get; set; }
    /// <summary>The day the hand-over warning was sent (once, from 30 days before the deadline).</summary>
    public DateOnly? HandOverWarnedOn { get; set; }
    public DateOnly? HandedOverOn { get; set; }
    public string HandedOverBy { get; set; } = "";
    public string? ArchivistUserId { get; set; }
    public string ArchivistName { get; set; } = "";
}
