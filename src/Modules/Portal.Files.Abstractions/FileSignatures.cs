namespace Portal.Files;

/// <summary>The accepted kinds told apart by their first bytes, and the extensions a name of each kind may carry.</summary>
public static class FileSignatures
{
    /// <summary>Enough leading bytes to tell every accepted kind apart.</summary>
    public const int Length = 8;

    public static StoredFileKind? Detect(ReadOnlySpan<byte> head) => head switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => StoredFileKind.Pdf,
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => StoredFileKind.Png,
        [0xFF, 0xD8, 0xFF, ..] => StoredFileKind.Jpeg,
        [0x49, 0x49, 0x2A, 0x00, ..] or [0x4D, 0x4D, 0x00, 0x2A, ..] => StoredFileKind.Tiff,
        [0x50, 0x4B, 0x03, 0x04, ..] => StoredFileKind.Docx,
        _ => null,
    };

    /// <summary>The extensions a name of this kind may carry, the usual one first.</summary>
    public static IReadOnlyList<string> Extensions(StoredFileKind kind) => kind switch
    {
        StoredFileKind.Pdf => [".pdf"],
        StoredFileKind.Png => [".png"],
        StoredFileKind.Jpeg => [".jpg", ".jpeg", ".jpe"],
        StoredFileKind.Tiff => [".tif", ".tiff"],
        _ => [".docx"],
    };

    /// <summary>The kind whose extension this is, if any.</summary>
    public static StoredFileKind? ByExtension(string extension) =>
        Enum.GetValues<StoredFileKind>().Cast<StoredFileKind?>()
            .FirstOrDefault(k => Extensions(k!.Value).Contains(extension, StringComparer.OrdinalIgnoreCase));
}
