using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.X509;
using Org.BouncyCastle.X509.Extension;
using Portal.Core;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace Portal.Identity.Certificates;

/// <summary>
/// A certificate revocation list read offline (the agencies' networks reach no CA): who signed it,
/// until when it holds, and whether it lists a certificate. Only complete lists are taken: a delta or
/// partitioned list (any critical extension) would leave revocations unseen.
/// </summary>
public sealed class RevocationList
{
    private readonly X509Crl _crl;

    private RevocationList(X509Crl crl, byte[] der)
    {
        _crl = crl;
        Der = der;
    }

    public byte[] Der { get; }
    public DateTime ThisUpdateUtc => Utc(_crl.ThisUpdate);
    public DateTime? NextUpdateUtc => _crl.NextUpdate is { } next ? Utc(next) : null;
    public int Count => _crl.GetRevokedCertificates()?.Count ?? 0;

    /// <summary>The CRL number, when the list carries one (RFC 5280 says it must).</summary>
    public BigInteger? Number =>
        _crl.GetExtensionValue(X509Extensions.CrlNumber) is { } value
            ? DerInteger.GetInstance(X509ExtensionUtilities.FromExtensionValue(value)).PositiveValue
            : null;

    public static RevocationList Parse(byte[] der)
    {
        X509Crl? crl;
        try
        {
            crl = new X509CrlParser().ReadCrl(der);
        }
        catch (Exception)
        {
            // Whatever the parser objects to, the answer to the person is the same.
            throw new RequestRefusedException(CertificateFiles.NotACrl);
        }
        if (crl is null)
            throw new RequestRefusedException(CertificateFiles.NotACrl);
        if (crl.GetCriticalExtensionOids()?.Count > 0)
            throw new RequestRefusedException(
                "Đây là danh sách thu hồi bổ sung (delta) hoặc từng phần; hệ thống chỉ nhận danh sách thu hồi đầy đủ của CA.");
        return new RevocationList(crl, der);
    }

    /// <summary>True when <paramref name="authority"/> issued the list: its name and a valid signature by its key.</summary>
    public bool IsSignedBy(X509Certificate2 authority)
    {
        try
        {
            var ca = new BcCertificate(authority.RawData);
            return _crl.IssuerDN.Equivalent(ca.SubjectDN) && _crl.IsSignatureValid(ca.GetPublicKey());
        }
        catch (Exception)
        {
            // An unknown key or signature algorithm, or a malformed key: not signed by this CA as far as we can tell.
            return false;
        }
    }

    public bool Lists(X509Certificate2 certificate) =>
        _crl.GetRevokedCertificate(new BigInteger(certificate.SerialNumberBytes.ToArray())) is not null;

    private static DateTime Utc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Utc => time,
        DateTimeKind.Local => time.ToUniversalTime(),
        _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
    };
}
