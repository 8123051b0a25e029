using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Security;
using Portal.Core.Tenancy;
using Portal.Identity.Models;

namespace Portal.Identity.Certificates;

/// <summary>
/// A throw-away CA for a demonstration agency: it is trusted with an empty revocation list, issues a
/// sign-in certificate to each named account, binds it, and writes it with its key to
/// App_Data/Sites/{tenant}/test-certificates/{user}.pfx for a browser to import. Its own key is not kept.
/// </summary>
internal static class TestCertificateAuthority
{
    public const string Folder = "test-certificates";

    public static async Task CreateAsync(IServiceProvider services, TenantContext tenant, IReadOnlyList<string> userNames, string password,
        CancellationToken cancellationToken)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caName = new X500DistinguishedNameBuilder();
        caName.AddOrganizationName("Portal (chỉ để dùng thử)");
        caName.AddCommonName($"CA thử nghiệm - {tenant.Record.DisplayName}");
        var caRequest = new CertificateRequest(caName.Build(), caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using var ca = caRequest.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(2));
        var crl = new CertificateRevocationListBuilder().Build(ca, BigInteger.One, now.AddYears(1), HashAlgorithmName.SHA256, thisUpdate: now.AddMinutes(-5));

        var store = services.GetRequiredService<TrustStore>();
        await store.AddAuthorityAsync(ca.RawData, cancellationToken);
        await store.UpdateCrlAsync(crl, cancellationToken);

        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var bindings = services.GetRequiredService<CertificateBindings>();
        var folder = Path.Combine(tenant.DataFolder, Folder);
        Directory.CreateDirectory(folder);
        foreach (var userName in userNames)
        {
            var user = await users.FindByNameAsync(userName)
                ?? throw new RequestRefusedException($"Không có người dùng '{userName}' để cấp chứng thư thử nghiệm; hãy tạo người dùng ở bước trước.");
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var name = new X500DistinguishedNameBuilder();
            name.AddOrganizationName(tenant.Record.DisplayName);
            name.AddCommonName(user.FullName.Length > 0 ? user.FullName : userName);
            var request = new CertificateRequest(name.Build(), key, HashAlgorithmName.SHA256);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false));
            request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
            using var certificate = request.Create(ca, now.AddMinutes(-5), now.AddYears(1), RandomNumberGenerator.GetBytes(16));
            await bindings.BindAsync(user.Id, certificate.RawData, cancellationToken);
            using var withKey = certificate.CopyWithPrivateKey(key);
            PrivateFile.Write(Path.Combine(folder, userName + ".pfx"), withKey.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password));
        }
    }
}
