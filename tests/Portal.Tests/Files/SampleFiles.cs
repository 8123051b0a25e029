using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Portal.Tests.Files;

/// <summary>Files as users and attackers send them: the accepted kinds, and DOCX archives built to hurt.</summary>
public static class SampleFiles
{
    public static byte[] PdfPrefix => "%PDF-1.7\n"u8.ToArray();

    public static byte[] Pdf => [.. PdfPrefix, .. "1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8];
    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];
    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. "JFIF"u8, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9];
    public static byte[] Tiff => [.. "II*\0"u8, 8, 0, 0, 0, 0, 0];

    public const string DocxParagraph1 = "Công văn số 12/UBND-VP";
    public const string DocxParagraph2 = "Về việc bảo vệ bí mật nhà nước";

    public static byte[] Docx(string paragraph1 = DocxParagraph1) => Zip(zip =>
    {
        Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        Add(zip, "word/document.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
            $"<w:p><w:r><w:t>{paragraph1}</w:t></w:r></w:p>" +
            $"<w:p><w:r><w:t xml:space=\"preserve\">Về việc </w:t></w:r><w:r><w:t>bảo vệ bí mật nhà nước</w:t></w:r></w:p>" +
            "</w:body></w:document>");
    });

    /// <summary>A zip that is not a Word document (an XLSX-like package).</summary>
    public static byte[] ZipWithoutDocument() => Zip(zip => Add(zip, "xl/workbook.xml", "<workbook/>"));

    /// <summary>A DOCX with one entry that inflates to <paramref name="zeros"/> bytes of zeros.</summary>
    public static byte[] DocxWithZeros(long zeros) => Zip(zip =>
    {
        Add(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        using var entry = zip.CreateEntry("word/media/zeros.bin", CompressionLevel.SmallestSize).Open();
        var block = new byte[1024 * 1024];
        for (long written = 0; written < zeros; written += block.Length)
            entry.Write(block, 0, (int)Math.Min(block.Length, zeros - written));
    });

    /// <summary>A DOCX whose 10 MB entry says, in both its headers, that it is 1,000 bytes.</summary>
    public static byte[] DocxLyingAboutSize()
    {
        var zip = DocxWithZeros(10 * 1024 * 1024);
        var name = "word/media/zeros.bin"u8;
        PatchSize(zip, [0x50, 0x4B, 0x03, 0x04], 30, 22, name);
        PatchSize(zip, [0x50, 0x4B, 0x01, 0x02], 46, 24, name);
        return zip;
    }

    public static byte[] DocxWithNestedZip() => Zip(zip =>
    {
        Add(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        using var entry = zip.CreateEntry("word/embeddings/inner.bin").Open();
        entry.Write(ZipWithoutDocument());
    });

    public static byte[] DocxWithEntries(int count) => Zip(zip =>
    {
        Add(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        for (var i = 0; i < count; i++)
            zip.CreateEntry($"word/parts/p{i}.xml", CompressionLevel.NoCompression);
    });

    private static byte[] Zip(Action<ZipArchive> fill)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            fill(zip);
        return memory.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Sets the uncompressed size (at <paramref name="sizeOffset"/>) of the header whose name (at <paramref name="nameOffset"/>) matches.</summary>
    private static void PatchSize(byte[] zip, byte[] signature, int nameOffset, int sizeOffset, ReadOnlySpan<byte> name)
    {
        for (var at = 0; at + nameOffset + name.Length <= zip.Length; at++)
        {
            if (zip.AsSpan(at, 4).SequenceEqual(signature) && zip.AsSpan(at + nameOffset, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + sizeOffset), 1000);
                return;
            }
        }
        throw new InvalidOperationException("Header not found.");
    }
}
