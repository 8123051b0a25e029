namespace Portal.Templates.Services;

/// <summary>The one stylesheet of composed documents (Assets/van-ban.css, embedded): inlined for printing, served for the preview.</summary>
public static class DocumentStyle
{
    public static readonly string Css = Read();

    private static string Read()
    {
        using var stream = typeof(DocumentStyle).Assembly.GetManifestResourceStream("Portal.Templates.Assets.van-ban.css")
            ?? throw new InvalidOperationException("The document stylesheet is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
