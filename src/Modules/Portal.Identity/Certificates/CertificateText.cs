using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Identity.Certificates;

/// <summary>How a certificate is named and keyed: its SHA-256 thumbprint, its holder, dates in Vietnam's time.</summary>
public static class CertificateText
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static string Thumbprint(X509Certificate2 certificate) => certificate.GetCertHashString(HashAlgorithmName.SHA256);

    public static string Holder(X509Certificate2 certificate) => certificate.GetNameInfo(X509NameType.SimpleName, false);

    public static string Issuer(X509Certificate2 certificate) => certificate.GetNameInfo(X509NameType.SimpleName, true);

    /// <summary>One line for the audit trail and the admin's page.</summary>
    public static string Describe(X509Certificate2 certificate) =>
        $"{Holder(certificate)} (CA: {Issuer(certificate)}; số hiệu {certificate.SerialNumber}; hết hạn {Date(certificate.NotAfter.ToUniversalTime())}; SHA-256 {Thumbprint(certificate)})";

    public static string Date(DateTime utc) => (utc + VietnamOffset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
