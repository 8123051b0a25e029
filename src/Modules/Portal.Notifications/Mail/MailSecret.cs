using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Security;
using Portal.Core.Tenancy;

namespace Portal.Notifications.Mail;

/// <summary>
/// Seals the mail server's password with AES-256-GCM under a key derived (HKDF) from App_Data/keys/mail.key and the
/// tenant, like the tenant's other secrets: a copied tenant store holds no usable password.
/// </summary>
public sealed class MailSecret(IOptions<PortalOptions> options, ITenantAccessor tenants)
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    public string Seal(string password)
    {
        if (password.Length == 0)
            return "";
        var plain = Encoding.UTF8.GetBytes(password);
        var sealedBytes = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Key(), TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes, plain.Length), sealedBytes.AsSpan(NonceBytes + plain.Length), Context());
        return Convert.ToBase64String(sealedBytes);
    }

    public string Open(string sealedText)
    {
        if (sealedText.Length == 0)
            return "";
        var sealedBytes = Convert.FromBase64String(sealedText);
        var length = sealedBytes.Length - NonceBytes - TagBytes;
        var plain = new byte[length];
        using var aes = new AesGcm(Key(), TagBytes);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes, length), sealedBytes.AsSpan(NonceBytes + length), plain, Context());
        return Encoding.UTF8.GetString(plain);
    }

    private byte[] Key() =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, SecretKeyFile.LoadOrCreate(Path.Combine(options.Value.DataFolder, "keys", "mail.key")), 32,
            info: Context());

    private byte[] Context() => Encoding.UTF8.GetBytes($"portal-mail|{tenants.Required.Name}");
}
