namespace Portal.Exchange.Models;

/// <summary>
/// The encryption key of an agency merged into this one, carried by the merge: envelopes sealed for the old code (in
/// its queue when it closed, or still on their way) open here. Its private half is encrypted under this tenant's key.
/// </summary>
public sealed class FormerKey
{
    public required string AgencyCode { get; set; }
    public required string FromTenant { get; set; }
    public required byte[] PrivateKey { get; set; }
    public required byte[] PublicKey { get; set; }
    public DateTime MovedUtc { get; set; }
}
