using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Security;

namespace Portal.Files.Crypto;

/// <summary>
/// The key that wraps every tenant's data key: "Portal:MasterKey" (base64 of 32 bytes) when configured,
/// otherwise a key file made once in App_Data/keys/master.key (mode 0600). It is kept outside every
/// tenant store and every backup. Its id, a hash of the key, is recorded beside each wrapped data key,
/// so a rotation knows what to re-wrap and a wrong key is named as such.
/// </summary>
public sealed class MasterKey
{
    private readonly Lazy<byte[]> _key;

    public MasterKey(IOptions<PortalOptions> options, IConfiguration configuration)
    {
        _key = new Lazy<byte[]>(() => configuration["Portal:MasterKey"] is { Length: > 0 } configured
            ? Parse(configured)
            : SecretKeyFile.LoadOrCreate(Path.Combine(options.Value.DataFolder, "keys", "master.key")));
    }

    public string Id => Convert.ToHexStringLower(SHA256.HashData([.. "portal-master-key:"u8, .. _key.Value]))[..16];

    public byte[] Wrap(ReadOnlySpan<byte> key, string context) => KeyWrap.Wrap(_key.Value, key, context);

    public byte[]? Unwrap(byte[] wrapped, string context) => KeyWrap.Unwrap(_key.Value, wrapped, context);

    private static byte[] Parse(string configured)
    {
        var key = new byte[SecretKeyFile.KeyBytes];
        if (!Convert.TryFromBase64String(configured.Trim(), key, out var written) || written != key.Length)
            throw new InvalidOperationException("Portal:MasterKey must be the base64 form of exactly 32 bytes.");
        return key;
    }
}
