using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;

namespace Portal.Files.Checks;

/// <summary>
/// Checks that a DOCX is a sound Word document before it is kept, without ever inflating more than
/// its entries declare: the end record is read first (entry count, central directory size, no ZIP64),
/// then each entry's declared size and ratio, then each entry is inflated only up to its declared size
/// to find entries that lie about it, and nested archives. word/document.xml must be there.
/// </summary>
internal static class DocxInspection
{
    public const string DocumentPart = "word/document.xml";

    private const int MaxEntries = 5000;
    private const long MaxCentralDirectory = 4L * 1024 * 1024;
    private const long MaxEntryBytes = 256L * 1024 * 1024;
    private const long MaxTotalBytes = 512L * 1024 * 1024;
    private const long RatioCheckedFrom = 1024 * 1024;
    private const long MaxRatio = 200;
    private const int EndRecordSize = 22;

    private static readonly string NotWord = "Tệp không phải văn bản Word (DOCX) hợp lệ.";
    private static readonly string Bomb = "Tệp DOCX có cấu trúc nén bất thường (có thể là \"bom nén\") nên không được nhận.";

    public static void Check(Stream content)
    {
        CheckEndRecord(content);
        content.Position = 0;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            CheckDeclared(zip.Entries);
            foreach (var entry in zip.Entries)
                Inflate(entry);
            if (zip.GetEntry(DocumentPart) is null)
                throw new FileRejectedException(NotWord);
        }
        catch (InvalidDataException)
        {
            throw new FileRejectedException(NotWord);
        }
    }

    private static void CheckEndRecord(Stream content)
    {
        var tail = (int)Math.Min(content.Length, EndRecordSize + ushort.MaxValue);
        var buffer = new byte[tail];
        content.Position = content.Length - tail;
        content.ReadExactly(buffer);
        var at = buffer.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        if (at < 0 || at + EndRecordSize > tail)
            throw new FileRejectedException(NotWord);
        var record = buffer.AsSpan(at);
        var entriesHere = BinaryPrimitives.ReadUInt16LittleEndian(record[8..]);
        var entries = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
        var directorySize = BinaryPrimitives.ReadUInt32LittleEndian(record[12..]);
        var directoryOffset = BinaryPrimitives.ReadUInt32LittleEndian(record[16..]);
        if (entries == ushort.MaxValue || directorySize == uint.MaxValue || directoryOffset == uint.MaxValue)
            throw new FileRejectedException(Bomb);
        if (entriesHere != entries || entries > MaxEntries || directorySize > MaxCentralDirectory)
            throw new FileRejectedException(Bomb);
        if ((long)directoryOffset + directorySize > content.Length - tail + at)
            throw new FileRejectedException(NotWord);
    }

    private static void CheckDeclared(IReadOnlyCollection<ZipArchiveEntry> entries)
    {
        long total = 0;
        foreach (var entry in entries)
        {
            total += entry.Length;
            if (entry.Length > MaxEntryBytes || total > MaxTotalBytes)
                throw new FileRejectedException(Bomb);
            if (entry.Length >= RatioCheckedFrom && entry.Length / Math.Max(entry.CompressedLength, 1) > MaxRatio)
                throw new FileRejectedException(Bomb);
        }
    }

    /// <summary>Inflates one entry, at most one byte past what it declares; an entry that is itself an archive is refused.</summary>
    private static void Inflate(ZipArchiveEntry entry)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var stream = entry.Open();
            long inflated = 0;
            int read;
            while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, entry.Length - inflated + 1))) > 0)
            {
                if (inflated == 0 && read >= 4 && buffer.AsSpan(0, 4).SequenceEqual("PK\u0003\u0004"u8))
                    throw new FileRejectedException("Tệp DOCX chứa tệp nén lồng bên trong nên không được nhận.");
                inflated += read;
                if (inflated > entry.Length)
                    throw new FileRejectedException(Bomb);
            }
            if (inflated != entry.Length)
                throw new FileRejectedException(NotWord);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
