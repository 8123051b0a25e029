using System.Security.Cryptography.X509Certificates;

namespace Portal.Identity.Certificates;

/// <summary>
/// Checks a person's certificate against one agency's trust store, offline: the chain must end at one
/// of the agency's own CAs (never the machine's roots, never a download), every certificate in it must
/// be absent from its issuer's current revocation list, and the certificate must be fit for client sign-in.
/// </summary>
public static class CertificateValidator
{
    private const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";

    public static CertificateCheck Check(X509Certificate2 certificate, IReadOnlyList<TrustedAuthority> authorities, DateTime nowUtc)
    {
        if (nowUtc < certificate.NotBefore.ToUniversalTime())
            return CertificateCheck.Refused("chứng thư chưa đến ngày có hiệu lực");
        if (nowUtc > certificate.NotAfter.ToUniversalTime())
            return CertificateCheck.Refused("chứng thư đã hết hạn");
        if (certificate.Extensions.OfType<X509BasicConstraintsExtension>().Any(b => b.CertificateAuthority))
            return CertificateCheck.Refused("đây là chứng thư của tổ chức cấp (CA), không phải của cá nhân");
        if (certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault() is { } usages
            && !usages.EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>().Any(o => o.Value == ClientAuthentication))
            return CertificateCheck.Refused("chứng thư không được cấp cho mục đích xác thực người dùng (clientAuth)");
        if (certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault() is { } usage
            && !usage.KeyUsages.HasFlag(X509KeyUsageFlags.DigitalSignature))
            return CertificateCheck.Refused("khóa của chứng thư không được dùng để ký (digitalSignature)");
        if (authorities.Count == 0)
            return CertificateCheck.Refused("cơ quan chưa khai báo tổ chức cấp chứng thư (CA) tin cậy nào");

        var loaded = authorities.Select(a => (Authority: a, Certificate: X509CertificateLoader.LoadCertificate(a.Certificate))).ToList();
        using var chain = new X509Chain();
        try
        {
            var policy = chain.ChainPolicy;
            policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            policy.RevocationMode = X509RevocationMode.NoCheck;
            policy.DisableCertificateDownloads = true;
            policy.VerificationTime = nowUtc.ToLocalTime();
            foreach (var (_, ca) in loaded)
                (IsSelfIssued(ca) ? policy.CustomTrustStore : policy.ExtraStore).Add(ca);
            if (!chain.Build(certificate))
                return CertificateCheck.Refused(ChainProblem(chain));
            var elements = chain.ChainElements.Select(e => e.Certificate).ToList();
            for (var i = 0; i < elements.Count - 1; i++)
            {
                var issuer = elements[i + 1];
                var authority = loaded.FirstOrDefault(l => l.Certificate.RawData.AsSpan().SequenceEqual(issuer.RawData)).Authority;
                var problem = RevocationProblem(elements[i], issuer, authority, nowUtc);
                if (problem is not null)
                    return CertificateCheck.Refused(problem);
            }
            return CertificateCheck.Ok;
        }
        finally
        {
            foreach (var element in chain.ChainElements)
                element.Certificate.Dispose();
            foreach (var (_, ca) in loaded)
                ca.Dispose();
        }
    }

    private static string? RevocationProblem(X509Certificate2 certificate, X509Certificate2 issuer, TrustedAuthority? authority, DateTime nowUtc)
    {
        var issuerName = issuer.GetNameInfo(X509NameType.SimpleName, false);
        if (authority?.Crl is null)
            return $"chưa có danh sách thu hồi của CA '{issuerName}'";
        RevocationList list;
        try
        {
            list = RevocationList.Parse(authority.Crl);
        }
        catch (Core.RequestRefusedException)
        {
            return $"danh sách thu hồi của CA '{issuerName}' đã lưu không đọc được";
        }
        if (!list.IsSignedBy(issuer))
            return $"danh sách thu hồi của CA '{issuerName}' không có chữ ký hợp lệ của CA";
        if (list.NextUpdateUtc is not { } next || next < nowUtc)
            return $"danh sách thu hồi của CA '{issuerName}' đã quá hạn cập nhật";
        if (list.Lists(certificate))
            return $"chứng thư '{certificate.GetNameInfo(X509NameType.SimpleName, false)}' đã bị CA '{issuerName}' thu hồi";
        return null;
    }

    private static bool IsSelfIssued(X509Certificate2 certificate) =>
        certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData);

    private static string ChainProblem(X509Chain chain)
    {
        var flags = chain.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s.Status);
        if (flags.HasFlag(X509ChainStatusFlags.NotTimeValid))
            return "một chứng thư trong chuỗi (của cá nhân hoặc của CA) đã hết hạn hoặc chưa có hiệu lực";
        if (flags.HasFlag(X509ChainStatusFlags.NotSignatureValid))
            return "chữ ký trên chứng thư không hợp lệ";
        if (flags.HasFlag(X509ChainStatusFlags.UntrustedRoot) || flags.HasFlag(X509ChainStatusFlags.PartialChain))
            return "chứng thư không do tổ chức cấp (CA) tin cậy của cơ quan cấp";
        return "chuỗi chứng thư không hợp lệ (" + flags + ")";
    }
}
