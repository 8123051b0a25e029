namespace Portal.Outgoing.Models;

/// <summary>
/// A key in the tenant's software keystore: the signing CA (owner "ca", certificate only), a signer's key
/// (owner = user id) or the agency's (owner "agency"), kept as PKCS#12 encrypted under a key derived
/// from a master key outside every tenant store.
/// </summary>
public sealed class SigningKeyRecord
{
    public required string Owner { get; set; }
    public required byte[] Pkcs12 { get; set; }
    public DateTime CreatedUtc { get; set; }
}
