namespace Portal.Files.Models;

/// <summary>
/// A file's row: what it is, its plain hash, and its own key wrapped by the tenant's data key of <see cref="KeyVersion"/>, or,
/// once sealed to a secret document, by that document's erasure key (<see cref="ErasureKeyId"/>; <see cref="KeyVersion"/> is then 0).
/// </summary>
public sealed class VaultFile
{
    public Guid Id { get; set; }
    public required string FileName { get; set; }
    public StoredFileKind Kind { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public required string Sha256 { get; set; }
    public required byte[] WrappedKey { get; set; }
    public int KeyVersion { get; set; }
    public Guid? ErasureKeyId { get; set; }
    public DateTime StoredUtc { get; set; }

    public StoredFile ToStoredFile() =>
        new(Id, FileName, ContentType, Kind, Length, Sha256, DateTime.SpecifyKind(StoredUtc, DateTimeKind.Utc));
}
