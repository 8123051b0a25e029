using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Security;

namespace Portal.Exchange.Sending;

/// <summary>
/// Node-to-node authentication beside the agencies' signatures: every exchange request carries an
/// HMAC-SHA256 of what it is about, keyed by the nodes' shared key (App_Data/keys/exchange-node.key,
/// the same file on every node of the exchange). A request without it is refused before anything is read.
/// </summary>
public sealed class NodeCredential(IOptions<PortalOptions> options)
{
    public const string Header = "X-Portal-Node";

    public string For(string subject) => Convert.ToBase64String(Mac(subject));

    public bool Verify(string subject, string? credential)
    {
        if (credential is null)
            return false;
        var given = new byte[32];
        return Convert.TryFromBase64String(credential, given, out var length) && length == 32
            && CryptographicOperations.FixedTimeEquals(given, Mac(subject));
    }

    private byte[] Mac(string subject) =>
        HMACSHA256.HashData(SecretKeyFile.LoadOrCreate(Path.Combine(options.Value.DataFolder, "keys", "exchange-node.key")),
            Encoding.UTF8.GetBytes("portal-node-v1|" + subject));
}
