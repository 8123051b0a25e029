namespace Portal.Signing;

/// <summary>The signing feature: modules that sign or verify PDFs declare it as a dependency.</summary>
public static class SigningFeature
{
    public const string Id = "Portal.Signing";
}
