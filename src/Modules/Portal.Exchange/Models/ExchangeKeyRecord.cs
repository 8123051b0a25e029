namespace Portal.Exchange.Models;

/// <summary>One of the agency's own exchange keys: the private key encrypted (PKCS#8, PBES2) and the public key it publishes.</summary>
public sealed class ExchangeKeyRecord
{
    public const string Encryption = "encryption";
    public const string Signature = "signature";

    public required string Purpose { get; set; }
    public required byte[] PrivateKey { get; set; }
    public required byte[] PublicKey { get; set; }
    public DateTime CreatedUtc { get; set; }
}
