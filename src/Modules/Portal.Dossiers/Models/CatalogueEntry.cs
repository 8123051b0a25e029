namespace Portal.Dossiers.Models;

/// <summary>One line of the year's dossier catalogue (danh mục hồ sơ) of a unit, as the head approves it at the start of the year.</summary>
public sealed class CatalogueEntry
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string UnitCode { get; set; }
    /// <summary>Số và ký hiệu hồ sơ, e.g. "01.TCCB": unique in the year.</summary>
    public required string Code { get; set; }
    public required string Title { get; set; }
    /// <summary>Thời hạn bảo quản in years; 0 is permanent (vĩnh viễn).</summary>
    public int RetentionYears { get; set; }
    public required string ResponsibleUserId { get; set; }
    public required string ResponsibleName { get; set; }
    public string Notes { get; set; } = "";
    /// <summary>Where the entry (and its dossier) moved in from in a merge ("{source}:{id}"); null for the agency's own.</summary>
    public string? Origin { get; set; }
}
