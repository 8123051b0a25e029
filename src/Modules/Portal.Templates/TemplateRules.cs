using Portal.Templates.Services;

namespace Portal.Templates;

/// <summary>
/// Whether a template may be saved: not too long, valid Liquid inside the sandbox, and showing every part
/// the decree requires for its type. The same check runs for the recipe, the admin page and a preview.
/// </summary>
public static class TemplateRules
{
    public const int MaxSourceChars = 20_000;

    /// <summary>The whole HTML document for the renderer, or a <see cref="TemplateRefusedException"/>.</summary>
    public static string Compose(string source, DocumentType type, DocumentFields fields, DocumentMarks marks, SandboxLimits limits) =>
        DocumentPage.Document(Apply(source, type, fields, marks, limits));

    /// <summary>The page's body for the given fields, or a <see cref="TemplateRefusedException"/>.</summary>
    public static string Apply(string source, DocumentType type, DocumentFields fields, DocumentMarks marks, SandboxLimits limits)
    {
        Check(source, type, limits);
        return DocumentPage.Body(TemplateOutput.Clean(TemplateSandbox.Render(source, fields, limits)), marks);
    }

    public static void Check(string source, DocumentType type, SandboxLimits limits)
    {
        if (string.IsNullOrWhiteSpace(source))
            throw new TemplateRefusedException("Mẫu đang để trống.");
        if (source.Length > MaxSourceChars)
            throw new TemplateRefusedException($"Mẫu dài quá {MaxSourceChars:N0} ký tự.");
        RequiredParts.Check(type, TemplateOutput.Clean(TemplateSandbox.Render(source, RequiredParts.Probe, limits)));
    }
}
