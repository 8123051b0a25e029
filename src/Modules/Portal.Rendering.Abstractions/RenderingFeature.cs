namespace Portal.Rendering;

/// <summary>The rendering feature: modules that print or export declare it as a dependency.</summary>
public static class RenderingFeature
{
    public const string Id = "Portal.Rendering";
}
