namespace Portal.Templates.Models;

/// <summary>A tenant's template for one document type, with who changed it last and when.</summary>
public sealed class DocumentTemplate
{
    public required string TypeCode { get; set; }
    public required string Source { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public string UpdatedBy { get; set; } = "";
}
