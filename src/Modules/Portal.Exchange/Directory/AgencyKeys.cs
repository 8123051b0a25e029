using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Exchange.Models;

namespace Portal.Exchange.Directory;

/// <summary>
/// The agency's own exchange keys: ECDH P-256 to unwrap content keys, ECDSA P-256 to sign envelopes and
/// status messages. Private keys are stored as encrypted PKCS#8 under a password derived (HKDF) from
/// App_Data/keys/exchange.key and the tenant, so a copied tenant store holds no usable key.
/// </summary>
public sealed class AgencyKeys(ExchangeDb db, ITenantAccessor tenants, IOptions<PortalOptions> options)
{
    // One PBKDF2 iteration: the password is a 256-bit HKDF output, which stretching cannot strengthen, while 100,000
    // iterations cost every envelope received (and every status signed) some 50 ms of CPU. Keys stored with more
    // iterations still open: PKCS#8 carries its own count.
    private static readonly PbeParameters Protection = new(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1);

    /// <summary>Makes the keys the first time; returns the public keys (encryption, signature) either way.</summary>
    public async Task<(byte[] Encryption, byte[] Signature)> EnsureAsync(CancellationToken cancellationToken)
    {
        if (await db.Keys.AnyAsync(cancellationToken))
        {
            var keys = await db.Keys.AsNoTracking().ToDictionaryAsync(k => k.Purpose, k => k.PublicKey, cancellationToken);
            return (keys[ExchangeKeyRecord.Encryption], keys[ExchangeKeyRecord.Signature]);
        }
        using var agreement = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var password = Password();
        var now = StoredTime.UtcNow;
        var encryption = new ExchangeKeyRecord
        {
            Purpose = ExchangeKeyRecord.Encryption, PrivateKey = agreement.ExportEncryptedPkcs8PrivateKey(password, Protection),
            PublicKey = agreement.ExportSubjectPublicKeyInfo(), CreatedUtc = now,
        };
        var signature = new ExchangeKeyRecord
        {
            Purpose = ExchangeKeyRecord.Signature, PrivateKey = ecdsa.ExportEncryptedPkcs8PrivateKey(password, Protection),
            PublicKey = ecdsa.ExportSubjectPublicKeyInfo(), CreatedUtc = now,
        };
        db.Keys.AddRange(encryption, signature);
        await db.SaveChangesAsync(cancellationToken);
        return (encryption.PublicKey, signature.PublicKey);
    }

    public async Task<ECDiffieHellman> EncryptionKeyAsync(CancellationToken cancellationToken)
    {
        var stored = await PrivateAsync(ExchangeKeyRecord.Encryption, cancellationToken);
        var agreement = ECDiffieHellman.Create();
        agreement.ImportEncryptedPkcs8PrivateKey(Password(), stored, out _);
        return agreement;
    }

    /// <summary>
    /// The key that opens an envelope addressed to <paramref name="recipientCode"/>: the agency's own, or that of an agency
    /// merged into it; null when the code is neither.
    /// </summary>
    public async Task<ECDiffieHellman?> EncryptionKeyForAsync(string recipientCode, CancellationToken cancellationToken)
    {
        if (recipientCode == tenants.Current?.Record.AgencyCode)
            return await EncryptionKeyAsync(cancellationToken);
        var former = await db.FormerKeys.AsNoTracking().FirstOrDefaultAsync(k => k.AgencyCode == recipientCode, cancellationToken);
        if (former is null)
            return null;
        var agreement = ECDiffieHellman.Create();
        agreement.ImportEncryptedPkcs8PrivateKey(Password(), former.PrivateKey, out _);
        return agreement;
    }

    /// <summary>Whether <paramref name="agencyCode"/> is this agency's or an agency's merged into it (exchange addressed to it is this agency's).</summary>
    public async Task<bool> AnswersForAsync(string agencyCode, CancellationToken cancellationToken) =>
        agencyCode == tenants.Current?.Record.AgencyCode || await db.FormerKeys.AnyAsync(k => k.AgencyCode == agencyCode, cancellationToken);

    /// <summary>
    /// The agency's encryption key for the tenant it is merged into: decrypted here and encrypted at once under that
    /// tenant's key, so it never leaves this scope in the clear.
    /// </summary>
    public async Task<FormerKey> HandOverAsync(string toTenant, CancellationToken cancellationToken)
    {
        using var own = await EncryptionKeyAsync(cancellationToken);
        var tenant = tenants.Current!;
        return new FormerKey
        {
            AgencyCode = tenant.Record.AgencyCode, FromTenant = tenant.Name, PrivateKey = own.ExportEncryptedPkcs8PrivateKey(Password(toTenant), Protection),
            PublicKey = own.ExportSubjectPublicKeyInfo(), MovedUtc = StoredTime.UtcNow,
        };
    }

    public async Task<ECDsa> SignatureKeyAsync(CancellationToken cancellationToken)
    {
        var stored = await PrivateAsync(ExchangeKeyRecord.Signature, cancellationToken);
        var ecdsa = ECDsa.Create();
        ecdsa.ImportEncryptedPkcs8PrivateKey(Password(), stored, out _);
        return ecdsa;
    }

    private async Task<byte[]> PrivateAsync(string purpose, CancellationToken cancellationToken) =>
        (await db.Keys.AsNoTracking().FirstOrDefaultAsync(k => k.Purpose == purpose, cancellationToken))?.PrivateKey
        ?? throw new RequestRefusedException("Cơ quan chưa có khóa liên thông; hãy công bố cơ quan vào danh bạ liên thông.");

    private string Password() => Password(tenants.Current?.Name ?? throw new InvalidOperationException("Exchange keys belong to a tenant."));

    private string Password(string tenant)
    {
        var master = SecretKeyFile.LoadOrCreate(Path.Combine(options.Value.DataFolder, "keys", "exchange.key"));
        return Convert.ToBase64String(HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: Encoding.UTF8.GetBytes($"portal-exchange|{tenant}")));
    }
}
