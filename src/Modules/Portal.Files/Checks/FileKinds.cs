namespace Portal.Files.Checks;

/// <summary>The kinds the vault accepts, told apart by their first bytes; their extensions and content types.</summary>
internal static class FileKinds
{
    public const int SignatureLength = FileSignatures.Length;

    public const string Accepted = "PDF, PNG, JPEG, TIFF, DOCX";

    public static StoredFileKind? Detect(ReadOnlySpan<byte> head) => FileSignatures.Detect(head);

    public static IReadOnlyList<string> Extensions(StoredFileKind kind) => FileSignatures.Extensions(kind);

    public static string ContentType(StoredFileKind kind) => kind switch
    {
        StoredFileKind.Pdf => "application/pdf",
        StoredFileKind.Png => "image/png",
        StoredFileKind.Jpeg => "image/jpeg",
        StoredFileKind.Tiff => "image/tiff",
        _ => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    public static string Name(StoredFileKind kind) => kind.ToString().ToUpperInvariant();

    public static StoredFileKind? ByExtension(string extension) => FileSignatures.ByExtension(extension);
}
