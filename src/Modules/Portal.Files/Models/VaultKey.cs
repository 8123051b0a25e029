namespace Portal.Files.Models;

/// <summary>
/// A version of the tenant's data key, wrapped by the master key named by <see cref="MasterKeyId"/>.
/// Rotating the master key re-wraps these rows; rotating the data key adds a version and re-wraps
/// the files' keys; no content is re-encrypted either way.
/// </summary>
public sealed class VaultKey
{
    public int Version { get; set; }
    public required byte[] WrappedKey { get; set; }
    public required string MasterKeyId { get; set; }
    public DateTime CreatedUtc { get; set; }
}
