namespace Portal.Templates.Services;

/// <summary>The audit codes of template administration; target kind "document-template", target id the type's code.</summary>
public static class TemplateAuditActions
{
    public const string TargetKind = "document-template";
    public const string Saved = "template.saved";
    public const string Refused = "template.refused";
}
