using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Notifications.Mail;

/// <summary>
/// Decides whether the mail server's certificate is trusted: issued for the configured host name, and chaining either to
/// the CA certificate the admin gave for this server (and to nothing else), or, without one, to the system's roots.
/// Never accepted otherwise; the reason is kept so the admin is told in Vietnamese why the connection was refused.
/// </summary>
public sealed class MailServerTrust(string caCertificatePem)
{
    public string? Refusal { get; private set; }

    public bool Check(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        Refusal = certificate is null ? "máy chủ thư không đưa ra chứng thư"
            : errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) ? "chứng thư không cấp cho tên máy chủ đã khai báo"
            : caCertificatePem.Length > 0 ? ChainsToOwnCa(certificate, chain)
            : errors == SslPolicyErrors.None ? null
            : "chứng thư không do tổ chức cấp chứng thư nào mà máy chủ Portal tin cậy cấp (hãy khai báo chứng thư CA của máy chủ thư nội bộ)";
        return Refusal is null;
    }

    private string? ChainsToOwnCa(X509Certificate certificate, X509Chain? presented)
    {
        using var leaf = new X509Certificate2(certificate);
        using var own = new X509Chain();
        using var authority = X509Certificate2.CreateFromPem(caCertificatePem);
        own.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        own.ChainPolicy.CustomTrustStore.Add(authority);
        // The intermediates the server sent may link its certificate to the CA; they are not trusted by themselves.
        if (presented is not null)
            foreach (var element in presented.ChainElements)
                own.ChainPolicy.ExtraStore.Add(element.Certificate);
        // An internal CA rarely publishes revocation lists the Portal host can reach.
        own.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (own.Build(leaf))
            return null;
        var status = own.ChainStatus.Select(s => s.Status).ToList();
        return status.Contains(X509ChainStatusFlags.NotTimeValid) ? "chứng thư của máy chủ thư đã hết hạn hoặc chưa có hiệu lực"
            : "chứng thư của máy chủ thư không do chứng thư CA đã khai báo cấp";
    }
}
