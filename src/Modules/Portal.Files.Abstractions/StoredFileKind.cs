namespace Portal.Files;

/// <summary>What the content really is, decided from its bytes, never from its name or the browser's word.</summary>
public enum StoredFileKind
{
    Pdf = 1,
    Png = 2,
    Jpeg = 3,
    Tiff = 4,
    Docx = 5,
}
