namespace Portal.Files.Checks;

/// <summary>What an upload is, decided from its first bytes and its name before anything is written; refusals carry the user's message.</summary>
internal sealed record Upload(StoredFileKind Kind, string FileName)
{
    public static Upload Inspect(ReadOnlySpan<byte> head, string? fileName, long maxBytes)
    {
        if (head.IsEmpty)
            throw new FileRejectedException("Tệp rỗng (0 byte); hãy chọn lại tệp cần đính kèm.");
        if (head.Length > maxBytes)
            throw TooLarge(maxBytes);
        var kind = FileKinds.Detect(head)
            ?? throw new FileRejectedException($"Không nhận dạng được loại tệp từ nội dung; chỉ nhận {FileKinds.Accepted}.");
        var (stem, extension) = SafeFileName.Clean(fileName);
        if (extension.Length == 0)
            return new Upload(kind, SafeFileName.Compose(stem, FileKinds.Extensions(kind)[0]));
        if (FileKinds.Extensions(kind).Contains(extension))
            return new Upload(kind, SafeFileName.Compose(stem, extension));
        throw new FileRejectedException(FileKinds.ByExtension(extension) is { } claimed
            ? $"Tệp có phần mở rộng {extension} ({FileKinds.Name(claimed)}) nhưng nội dung là {FileKinds.Name(kind)}; tệp không được nhận."
            : $"Phần mở rộng {extension} không được chấp nhận; nội dung tệp là {FileKinds.Name(kind)}, chỉ nhận {FileKinds.Accepted}.");
    }

    public static FileRejectedException TooLarge(long maxBytes) =>
        new($"Tệp vượt quá dung lượng cho phép ({maxBytes / (1024.0 * 1024):0.##} MB).");
}
