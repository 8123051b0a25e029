using Portal.Access;

namespace Portal.Templates;

/// <summary>
/// The marks a composed document carries from its own fields, placed by the composer where the decree
/// puts them whatever the template says: classification, urgency ("Khẩn", "Thượng khẩn", "Hỏa tốc"),
/// the copy number ("Bản số") and the protection period; a declassified document shows the GIẢI MẬT stamp in place of its level.
/// </summary>
public sealed record DocumentMarks(SecrecyLevel Level)
{
    public string? Urgency { get; init; }
    public int? CopyNumber { get; init; }
    public string? ProtectionPeriod { get; init; }
    public Declassification? Declassified { get; init; }
}
