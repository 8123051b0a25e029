using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Outgoing.Models;
using Portal.Signing;

namespace Portal.Outgoing.Keys;

/// <summary>
/// The tenant's software keystore: a signing CA made for the tenant (for demonstration; a real agency
/// imports certificates from the government CA or plugs in tokens), a key per signer and one for the
/// agency. Each is stored as PKCS#12 (PBES2, AES-256) under a password derived (HKDF) from
/// App_Data/keys/signing.key and the tenant and owner, so a copied tenant store holds no usable key.
/// </summary>
public sealed class SoftwareKeystore(OutgoingDb db, ITenantAccessor tenants, IOptions<PortalOptions> options, TimeProvider time)
{
    public const string AgencyOwner = "agency";
    private const string CaOwner = "ca";

    public async Task IssueAsync(string owner, string commonName, CancellationToken cancellationToken)
    {
        using var ca = await CaAsync(cancellationToken);
        var now = time.GetUtcNow();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var name = new X500DistinguishedNameBuilder();
        name.AddOrganizationName(Tenant.Record.DisplayName);
        name.AddCommonName(commonName);
        var request = new CertificateRequest(name.Build(), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        using var certificate = request.Create(ca, now.AddMinutes(-5), now.AddYears(2), RandomNumberGenerator.GetBytes(16));
        using var withKey = certificate.CopyWithPrivateKey(key);
        await StoreAsync(owner, withKey, cancellationToken);
    }

    public async Task<bool> HasAsync(string owner, CancellationToken cancellationToken) =>
        await db.Keys.AnyAsync(k => k.Owner == owner, cancellationToken);

    /// <summary>The owner's key, or a refusal when the keystore has none for them.</summary>
    public async Task<ISigningKey> KeyAsync(string owner, CancellationToken cancellationToken)
    {
        var certificate = await LoadAsync(owner, cancellationToken)
            ?? throw new RequestRefusedException("Người ký chưa có khóa ký số trong kho khóa của cơ quan.");
        var ca = await LoadAsync(CaOwner, cancellationToken) ?? throw new RequestRefusedException("Cơ quan chưa có kho khóa ký số.");
        using (ca)
            return new SoftwareSigningKey(certificate, X509CertificateLoader.LoadCertificate(ca.RawData));
    }

    public async Task<ISignatureTrust> TrustAsync(CancellationToken cancellationToken)
    {
        using var ca = await LoadAsync(CaOwner, cancellationToken) ?? throw new RequestRefusedException("Cơ quan chưa có kho khóa ký số.");
        return new KeystoreTrust(X509CertificateLoader.LoadCertificate(ca.RawData));
    }

    private TenantContext Tenant => tenants.Current ?? throw new InvalidOperationException("The keystore is used inside a tenant.");

    private async Task<X509Certificate2> CaAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(CaOwner, cancellationToken) is { } existing)
            return existing;
        var now = time.GetUtcNow();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var name = new X500DistinguishedNameBuilder();
        name.AddOrganizationName("Portal (chỉ để dùng thử)");
        name.AddCommonName($"CA ký số thử nghiệm - {Tenant.Record.DisplayName}");
        var request = new CertificateRequest(name.Build(), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var ca = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(5));
        await StoreAsync(CaOwner, ca, cancellationToken);
        return ca;
    }

    private async Task StoreAsync(string owner, X509Certificate2 certificate, CancellationToken cancellationToken)
    {
        var bytes = certificate.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, Password(owner));
        var row = await db.Keys.FirstOrDefaultAsync(k => k.Owner == owner, cancellationToken);
        if (row is null)
            db.Keys.Add(new SigningKeyRecord { Owner = owner, Pkcs12 = bytes, CreatedUtc = StoredTime.UtcNow });
        else
            row.Pkcs12 = bytes;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<X509Certificate2?> LoadAsync(string owner, CancellationToken cancellationToken)
    {
        var row = await db.Keys.AsNoTracking().FirstOrDefaultAsync(k => k.Owner == owner, cancellationToken);
        return row is null ? null : X509CertificateLoader.LoadPkcs12(row.Pkcs12, Password(owner), X509KeyStorageFlags.EphemeralKeySet);
    }

    private string Password(string owner)
    {
        var master = SecretKeyFile.LoadOrCreate(Path.Combine(options.Value.DataFolder, "keys", "signing.key"));
        var derived = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: Encoding.UTF8.GetBytes($"portal-signing|{Tenant.Name}|{owner}"));
        return Convert.ToBase64String(derived);
    }
}
