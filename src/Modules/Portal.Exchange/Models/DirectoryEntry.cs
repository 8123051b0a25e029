namespace Portal.Exchange.Models;

/// <summary>
/// An agency in the central office's directory: its identifier code, tenant, name, parent and level, the
/// node that serves it (null: this node) and its public exchange keys (ECDH P-256 for wrapping content keys, ECDSA P-256 for signatures).
/// </summary>
public sealed class DirectoryEntry
{
    public required string AgencyCode { get; set; }
    public required string TenantName { get; set; }
    public required string DisplayName { get; set; }
    public string? ParentCode { get; set; }
    public int Level { get; set; }
    public string? NodeUrl { get; set; }
    public required byte[] EncryptionKey { get; set; }
    public required byte[] SignatureKey { get; set; }
    public DateTime PublishedUtc { get; set; }
    /// <summary>
    /// The agency it was merged into (sáp nhập): exchange addressed to this code goes there; the keys stay, so what this
    /// agency signed before still verifies.
    /// </summary>
    public string? MergedInto { get; set; }
    /// <summary>The agency was split (chia tách): <see cref="MergedInto"/> is its main successor, which took its code.</summary>
    public bool SplitUp { get; set; }
}
