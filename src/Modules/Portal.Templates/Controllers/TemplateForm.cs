namespace Portal.Templates.Controllers;

/// <summary>The edit page of one type's template: its source, the preview's body when it could be made, and the refusals.</summary>
public sealed class TemplateForm
{
    public required DocumentType Type { get; init; }
    public string Source { get; set; } = "";
    public string? PreviewBody { get; set; }
    public IReadOnlyList<string> Errors { get; set; } = [];
}
