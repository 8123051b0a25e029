using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Security;

namespace Portal.Audit.Services;

/// <summary>
/// The audit MAC keys: one master key in a file outside every tenant's store (readable by the
/// service account only), and per tenant a key derived from it, so a copy of one tenant's database
/// is no help in forging another's, or its own, chain.
/// </summary>
public sealed class AuditKeyRing(IOptions<PortalOptions> options, IConfiguration configuration)
{
    private readonly ConcurrentDictionary<string, byte[]> _keys = new(StringComparer.Ordinal);
    private readonly Lazy<byte[]> _master = new(() => SecretKeyFile.LoadOrCreate(
        configuration["Portal:AuditKeyFile"] ?? Path.Combine(options.Value.DataFolder, "keys", "audit.key")));

    public byte[] For(string tenant) => _keys.GetOrAdd(tenant, t =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _master.Value, 32, info: Encoding.UTF8.GetBytes("portal-audit:" + t)));
}
