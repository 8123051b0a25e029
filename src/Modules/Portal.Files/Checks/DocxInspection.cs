using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Portal.Files.Checks;

/// <summary>
/// Checks that a DOCX is a sound Word document before it is kept, reading the zip's own records rather
/// than trusting a library to: the end record first (entry count, central directory size, no ZIP64),
/// then each entry's declared size and ratio, all before inflating anything; then each entry is
/// inflated from its own bytes only up to one byte past its declared size, so an entry that lies about
/// its size is caught without being inflated, and so is an archive nested inside. word/document.xml
/// must be there.
/// </summary>
internal static class DocxInspection
{
    public const string DocumentPart = "word/document.xml";

    private const int MaxEntries = 5000;
    private const int MaxCentralDirectory = 4 * 1024 * 1024;
    private const long MaxEntryBytes = 256L * 1024 * 1024;
    private const long MaxTotalBytes = 512L * 1024 * 1024;
    private const long RatioCheckedFrom = 1024 * 1024;
    private const long MaxRatio = 200;
    private const int EndRecordSize = 22;
    private const int DirectoryHeaderSize = 46;
    private const int LocalHeaderSize = 30;

    private const string NotWord = "Tệp không phải văn bản Word (DOCX) hợp lệ.";
    private const string Bomb = "Tệp DOCX có cấu trúc nén bất thường (có thể là \"bom nén\") nên không được nhận.";

    public static void Check(Stream content)
    {
        var entries = ReadDirectory(content);
        long total = 0;
        foreach (var entry in entries)
        {
            total += entry.Size;
            if (entry.Size > MaxEntryBytes || total > MaxTotalBytes ||
                (entry.Size >= RatioCheckedFrom && entry.Size / Math.Max(entry.CompressedSize, 1) > MaxRatio))
                throw new FileRejectedException(Bomb);
            if ((entry.Flags & 1) != 0 || entry.Method is not (0 or 8))
                throw new FileRejectedException(NotWord);
        }
        if (!entries.Any(e => e.Name == DocumentPart))
            throw new FileRejectedException(NotWord);
        foreach (var entry in entries)
            Inflate(content, entry);
    }

    private static List<ZipEntryRecord> ReadDirectory(Stream content)
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
        var count = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(record[12..]);
        var offset = BinaryPrimitives.ReadUInt32LittleEndian(record[16..]);
        if (count == ushort.MaxValue || size == uint.MaxValue || offset == uint.MaxValue || entriesHere != count ||
            count > MaxEntries || size > MaxCentralDirectory)
            throw new FileRejectedException(Bomb);
        if (offset + (long)size > content.Length - tail + at)
            throw new FileRejectedException(NotWord);
        var directory = new byte[size];
        content.Position = offset;
        content.ReadExactly(directory);
        return ParseDirectory(directory, count);
    }

    private static List<ZipEntryRecord> ParseDirectory(byte[] directory, int count)
    {
        var entries = new List<ZipEntryRecord>(count);
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            if (at + DirectoryHeaderSize > directory.Length || !directory.AsSpan(at, 4).SequenceEqual("PK\u0001\u0002"u8))
                throw new FileRejectedException(NotWord);
            var header = directory.AsSpan(at);
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            var skip = nameLength + BinaryPrimitives.ReadUInt16LittleEndian(header[30..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            if (at + DirectoryHeaderSize + skip > directory.Length)
                throw new FileRejectedException(NotWord);
            entries.Add(new ZipEntryRecord(
                Encoding.UTF8.GetString(header.Slice(DirectoryHeaderSize, nameLength)),
                BinaryPrimitives.ReadUInt16LittleEndian(header[8..]),
                BinaryPrimitives.ReadUInt16LittleEndian(header[10..]),
                BinaryPrimitives.ReadUInt32LittleEndian(header[20..]),
                BinaryPrimitives.ReadUInt32LittleEndian(header[24..]),
                BinaryPrimitives.ReadUInt32LittleEndian(header[42..])));
            at += DirectoryHeaderSize + skip;
        }
        return entries;
    }

    /// <summary>Inflates one entry, at most one byte past what it declares; an entry that is itself an archive is refused.</summary>
    private static void Inflate(Stream content, ZipEntryRecord entry)
    {
        var local = new byte[LocalHeaderSize];
        if (entry.LocalHeaderOffset + LocalHeaderSize > content.Length)
            throw new FileRejectedException(NotWord);
        content.Position = entry.LocalHeaderOffset;
        content.ReadExactly(local);
        if (!local.AsSpan(0, 4).SequenceEqual("PK\u0003\u0004"u8))
            throw new FileRejectedException(NotWord);
        var start = entry.LocalHeaderOffset + LocalHeaderSize + BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(26)) +
            BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(28));
        if (start + entry.CompressedSize > content.Length)
            throw new FileRejectedException(NotWord);
        Stream data = new ZipWindow(content, start, entry.CompressedSize);
        if (entry.Method == 8)
            data = new DeflateStream(data, CompressionMode.Decompress);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using (data)
            {
                long inflated = 0;
                int read;
                while ((read = data.Read(buffer, 0, (int)Math.Min(buffer.Length, entry.Size - inflated + 1))) > 0)
                {
                    if (inflated == 0 && read >= 4 && buffer.AsSpan(0, 4).SequenceEqual("PK\u0003\u0004"u8))
                        throw new FileRejectedException("Tệp DOCX chứa tệp nén lồng bên trong nên không được nhận.");
                    inflated += read;
                    if (inflated > entry.Size)
                        throw new FileRejectedException(Bomb);
                }
                if (inflated != entry.Size)
                    throw new FileRejectedException(NotWord);
            }
        }
        catch (InvalidDataException)
        {
            throw new FileRejectedException(NotWord);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
