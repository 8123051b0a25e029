namespace Portal.Templates.Services;

/// <summary>The templates Portal ships, one per type (Defaults/{code}.liquid, embedded), installed by the recipe step.</summary>
public static class DefaultTemplates
{
    public static string For(DocumentType type)
    {
        using var stream = typeof(DefaultTemplates).Assembly.GetManifestResourceStream($"Portal.Templates.Defaults.{type.Code}.liquid")
            ?? throw new InvalidOperationException($"No default template for {type.Code}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
