using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Signing.Cms;

/// <summary>
/// The detached CMS of a PAdES baseline signature (SubFilter ETSI.CAdES.detached): SHA-256, the signer's
/// certificate bound by the ESS signing-certificate-v2 attribute, and no signing-time attribute (PAdES
/// takes the time from the signature dictionary's /M).
/// </summary>
internal static class CadesSignature
{
    private const string SigningCertificateV2 = "1.2.840.113549.1.9.16.2.47";
    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1");

    public static byte[] Create(byte[] signedBytes, ISigningKey key)
    {
        var cms = new SignedCms(new ContentInfo(signedBytes), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, key.Certificate, key.PrivateKey)
        {
            DigestAlgorithm = Sha256,
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.Certificates.AddRange(key.Chain.ToArray());
        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2, EssCertificate(key.Certificate)));
        try
        {
            cms.ComputeSignature(signer, silent: true);
        }
        catch (CryptographicException)
        {
            throw new SigningException("Khóa ký không dùng được (thẻ ký số chưa cắm, sai mã PIN hoặc khóa không khớp chứng thư số).");
        }
        return cms.Encode();
    }

    /// <summary>SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }, with the default SHA-256 left out as DER asks.</summary>
    private static byte[] EssCertificate(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
        return writer.Encode();
    }
}
