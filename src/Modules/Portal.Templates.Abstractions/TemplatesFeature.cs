namespace Portal.Templates;

/// <summary>The document templates feature: modules that compose documents declare it as a dependency.</summary>
public static class TemplatesFeature
{
    public const string Id = "Portal.Templates";
}
