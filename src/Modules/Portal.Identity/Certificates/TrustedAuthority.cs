namespace Portal.Identity.Certificates;

/// <summary>
/// A certification authority the agency trusts for certificate sign-in, with the latest revocation
/// list it issued. Sign-in is refused for certificates of a CA that has no current list.
/// </summary>
public sealed class TrustedAuthority
{
    public int Id { get; set; }
    public required string Subject { get; set; }
    /// <summary>SHA-256 of the certificate, upper-case hex.</summary>
    public required string Thumbprint { get; set; }
    /// <summary>The certificate, DER.</summary>
    public required byte[] Certificate { get; set; }
    public DateTime NotBeforeUtc { get; set; }
    public DateTime NotAfterUtc { get; set; }
    public DateTime AddedUtc { get; set; }

    /// <summary>The revocation list, DER, its signature checked against this CA when it was stored.</summary>
    public byte[]? Crl { get; set; }
    public DateTime? CrlThisUpdateUtc { get; set; }
    public DateTime? CrlNextUpdateUtc { get; set; }
    /// <summary>The list's CRL number (decimal), when it has one.</summary>
    public string? CrlNumber { get; set; }
    public int CrlEntries { get; set; }
}
