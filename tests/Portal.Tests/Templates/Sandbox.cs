using Portal.Templates;
using Portal.Templates.Services;

namespace Portal.Tests.Templates;

/// <summary>Runs a template as the admin page's preview does, and returns the refusal when there is one.</summary>
public static class Sandbox
{
    public static readonly DocumentType CongVan = DocumentTypes.Find("cong-van")!;

    public static string Compose(string source, DocumentType? type = null, SandboxLimits? limits = null) =>
        TemplateRules.Apply(source, type ?? CongVan, SampleDocument.Fields, SampleDocument.Marks, limits ?? SandboxLimits.Default);

    public static TemplateRefusedException Refusal(string source, DocumentType? type = null, SandboxLimits? limits = null) =>
        Assert.Throws<TemplateRefusedException>(() => Compose(source, type, limits));

    /// <summary>The shipped công văn with <paramref name="extra"/> added on a line of its own after the header.</summary>
    public static string CongVanWith(string extra) => DefaultTemplates.For(CongVan).Replace("</table>\n", "</table>\n" + extra + "\n", StringComparison.Ordinal);
}
