using System.Buffers.Binary;
using System.Text;
using Portal.Files;

namespace Portal.Ocr.Worker.Input;

/// <summary>
/// A file as it arrived: its bytes, and its kind read from them. Refused before any decoder sees it
/// when it is empty, too large, not a scan or PDF, named as another kind, carries a second format
/// (a polyglot) or ends before its own end marker.
/// </summary>
internal sealed class UntrustedFile
{
    private static readonly byte[][] ForeignSignatures =
        [.. new[] { "%PDF-", "PK\u0003\u0004", "PK\u0005\u0006", "<html", "<HTML", "<script", "<SCRIPT", "<?php", "<svg" }
            .Select(Encoding.ASCII.GetBytes)];

    private UntrustedFile(byte[] bytes, StoredFileKind kind)
    {
        Bytes = bytes;
        Kind = kind;
    }

    public byte[] Bytes { get; }

    public StoredFileKind Kind { get; }

    public static UntrustedFile Open(string path, string? name, WorkerLimits limits)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new OcrRefusal("Không tìm thấy tệp cần đọc.");
        if (info.Length == 0)
            throw new OcrRefusal("Tệp rỗng (0 byte): không có gì để nhận dạng.");
        if (info.Length > limits.MaxBytes)
            throw new OcrRefusal($"Tệp lớn {info.Length / (1 << 20)} MB, quá giới hạn {limits.MaxBytes / (1 << 20)} MB.");
        var bytes = File.ReadAllBytes(path);
        var kind = FileSignatures.Detect(bytes) switch
        {
            null => throw new OcrRefusal("Tệp không phải ảnh quét (PNG, JPEG, TIFF) hay PDF: nội dung không khớp loại nào."),
            StoredFileKind.Docx => throw new OcrRefusal("Tệp DOCX đã có chữ, không cần nhận dạng: hãy đính kèm tệp gốc."),
            var k => k.Value,
        };
        CheckName(name ?? path, kind);
        CheckSingleFormat(bytes, kind);
        CheckComplete(bytes, kind);
        return new UntrustedFile(bytes, kind);
    }

    private static void CheckName(string name, StoredFileKind kind)
    {
        var extension = Path.GetExtension(name);
        if (extension.Length == 0)
            return;
        var named = FileSignatures.ByExtension(extension);
        if (named != kind)
            throw new OcrRefusal($"Tệp mang đuôi {extension} nhưng nội dung là {kind.ToString().ToUpperInvariant()}: tệp bị từ chối.");
    }

    private static void CheckSingleFormat(byte[] bytes, StoredFileKind kind)
    {
        foreach (var signature in ForeignSignatures)
        {
            if (kind == StoredFileKind.Pdf && signature[0] == (byte)'%')
                continue;
            if (bytes.AsSpan(1).IndexOf(signature) >= 0)
                throw new OcrRefusal($"Tệp {kind.ToString().ToUpperInvariant()} có lẫn dữ liệu của một định dạng khác (tệp đa định dạng): tệp bị từ chối.");
        }
    }

    private static void CheckComplete(byte[] bytes, StoredFileKind kind)
    {
        switch (kind)
        {
            case StoredFileKind.Png:
                CheckPngChunks(bytes);
                break;
            case StoredFileKind.Jpeg when bytes.Length < 4 || bytes[^2] != 0xFF || bytes[^1] != 0xD9:
                throw new OcrRefusal("Ảnh JPEG bị cắt cụt hoặc hỏng (thiếu phần kết thúc ảnh): hãy quét lại.");
        }
    }

    /// <summary>Walks the chunk list: it must reach IEND exactly at the end of the file.</summary>
    private static void CheckPngChunks(byte[] bytes)
    {
        var at = 8L;
        while (at + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan((int)at));
            var type = Encoding.ASCII.GetString(bytes, (int)at + 4, 4);
            at += 12L + length;
            if (type == "IEND")
            {
                if (at == bytes.Length)
                    return;
                throw new OcrRefusal("Tệp PNG có dữ liệu lạ sau phần kết thúc ảnh (tệp đa định dạng): tệp bị từ chối.");
            }
        }
        throw new OcrRefusal("Ảnh PNG bị cắt cụt hoặc hỏng: hãy quét lại.");
    }
}
