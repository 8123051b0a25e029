namespace Portal.Files.Checks;

/// <summary>One entry as a zip's central directory declares it.</summary>
internal sealed record ZipEntryRecord(string Name, ushort Flags, ushort Method, long CompressedSize, long Size, long LocalHeaderOffset);
