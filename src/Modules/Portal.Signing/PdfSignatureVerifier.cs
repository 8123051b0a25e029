using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Portal.Signing.Pdf;

namespace Portal.Signing;

/// <summary>
/// Verifies every signature of a PDF (uploaded, received or issued): the covered bytes against the CMS,
/// the signer's chain against the agency's trusted CAs, revocation from its offline lists, and validity
/// now. A damaged file whose signatures cannot even be read counts as tampered.
/// </summary>
public sealed class PdfSignatureVerifier(TimeProvider clock) : IPdfSignatureVerifier
{
    public IReadOnlyList<SignatureVerdict> Verify(byte[] pdf, ISignatureTrust trust)
    {
        IReadOnlyList<SignatureField> fields;
        try
        {
            fields = SignatureFields.Read(pdf);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The parser's complaint is not for the person: a file that cannot be read cannot be trusted.
            return [new SignatureVerdict("", "", null, SignatureState.Tampered, false, "Tệp PDF bị hỏng hoặc đã bị sửa đổi: không đọc được chữ ký.")];
        }
        return fields.Select(f => VerifyOne(pdf, f, trust)).ToList();
    }

    private SignatureVerdict VerifyOne(byte[] pdf, SignatureField field, ISignatureTrust trust)
    {
        if (CoveredRanges(pdf, field) is not { } ranges)
            return Verdict(field, "", SignatureState.Tampered, false, "Phạm vi dữ liệu được ký không hợp lệ: văn bản đã bị sửa đổi.");
        var laterAdditions = ranges.SecondStart + ranges.SecondLength < pdf.LongLength;
        var cms = new SignedCms(new ContentInfo(ranges.SignedBytes(pdf)), detached: true);
        try
        {
            cms.Decode(Trimmed(field.Contents));
            cms.CheckSignature(verifySignatureOnly: true);
        }
        catch (Exception e) when (e is CryptographicException or System.Formats.Asn1.AsnContentException)
        {
            return Verdict(field, "", SignatureState.Tampered, laterAdditions, "Văn bản đã bị sửa đổi sau khi ký: chữ ký không còn khớp với nội dung.");
        }
        var certificate = cms.SignerInfos[0].Certificate;
        if (certificate is null)
            return Verdict(field, "", SignatureState.UnknownSigner, laterAdditions, "Chữ ký không kèm chứng thư số của người ký.");
        var signer = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!ChainsToTrustedAuthority(certificate, cms.Certificates, trust))
            return Verdict(field, signer, SignatureState.UnknownSigner, laterAdditions,
                "Chứng thư số của người ký không do tổ chức cung cấp dịch vụ chứng thực mà cơ quan tin cậy cấp.");
        if (trust.IsRevoked(certificate))
            return Verdict(field, signer, SignatureState.Revoked, laterAdditions, "Chứng thư số của người ký đã bị thu hồi.");
        if (certificate.NotAfter.ToUniversalTime() < now || certificate.NotBefore.ToUniversalTime() > now)
            return Verdict(field, signer, SignatureState.Expired, laterAdditions,
                $"Chứng thư số của người ký hết hiệu lực ngày {certificate.NotAfter:dd/MM/yyyy}.");
        return Verdict(field, signer, SignatureState.Valid, laterAdditions, laterAdditions
            ? "Chữ ký hợp lệ; sau khi ký, văn bản chỉ được bổ sung (số, ngày hoặc chữ ký khác), phần đã ký không thay đổi."
            : "Chữ ký hợp lệ; văn bản không thay đổi từ khi ký.");
    }

    /// <summary>The ranges when they are well formed: from byte 0, inside the file, and leaving out exactly this signature's hex string.</summary>
    private static ByteRanges? CoveredRanges(byte[] pdf, SignatureField field)
    {
        if (field.ByteRange is not [0, var first, var secondStart, var secondLength] || first <= 0 || secondStart <= first || secondLength < 0
            || secondStart + secondLength > pdf.LongLength)
            return null;
        if (pdf[first] != (byte)'<' || pdf[secondStart - 1] != (byte)'>')
            return null;
        var hex = System.Text.Encoding.ASCII.GetString(pdf, (int)first + 1, (int)(secondStart - first - 2));
        byte[] inGap;
        try
        {
            inGap = Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            return null;
        }
        return inGap.AsSpan().SequenceEqual(field.Contents) ? new ByteRanges(first, secondStart, secondLength) : null;
    }

    private static bool ChainsToTrustedAuthority(X509Certificate2 certificate, X509Certificate2Collection sent, ISignatureTrust trust)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trust.Authorities.ToArray());
        chain.ChainPolicy.ExtraStore.AddRange(sent);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        // Expiry is its own verdict, reported with its date; here only "who vouches for this key" is asked.
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreNotTimeValid | X509VerificationFlags.IgnoreCtlNotTimeValid;
        return chain.Build(certificate);
    }

    /// <summary>The CMS without the zero padding that fills the reserved space.</summary>
    private static byte[] Trimmed(byte[] contents)
    {
        var reader = new System.Formats.Asn1.AsnReader(contents, System.Formats.Asn1.AsnEncodingRules.BER);
        return reader.ReadEncodedValue().ToArray();
    }

    private static SignatureVerdict Verdict(SignatureField field, string signer, SignatureState state, bool later, string message) =>
        new(field.Name, signer, field.ClaimedTime, state, later, message);
}
