using Portal.Access;

namespace Portal.Dossiers.Models;

/// <summary>
/// A document filed in a dossier, by reference only (its kind and id in its own module), so one document can
/// be in several dossiers without a copy. Date, level and pages are kept for ordering, the dossier's level and totals.
/// </summary>
public sealed class DossierItem
{
    public int Id { get; set; }
    public int DossierId { get; set; }
    public required string DocumentKind { get; set; }
    public int DocumentId { get; set; }
    public DateOnly DocumentDate { get; set; }
    public SecrecyLevel Level { get; set; }
    public int PageCount { get; set; }
    public required string AddedBy { get; set; }
    public DateTime AddedUtc { get; set; }
}
