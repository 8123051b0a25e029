using System.Net.Mail;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Portal.Notifications.Mail;

namespace Portal.Notifications.Controllers;

/// <summary>The tenant admin's form for the mail server; the password is never shown back, only whether one is kept.</summary>
public sealed class MailServerForm
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public MailSecurity Security { get; set; }
    public string? CaCertificate { get; set; }
    public string? Sender { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public bool ClearPassword { get; set; }
    public string? PortalAddress { get; set; }

    public static MailServerForm Of(MailServer? server) => server is null
        ? new MailServerForm()
        : new MailServerForm
        {
            Host = server.Host, Port = server.Port, Security = server.Security, Sender = server.Sender, UserName = server.UserName,
            PortalAddress = server.PortalAddress, CaCertificate = server.CaCertificate,
        };

    /// <summary>The server as entered, or the Vietnamese reasons it cannot be saved; an empty host turns mail off.</summary>
    public (MailServer Server, IReadOnlyList<string> Errors) Read()
    {
        var server = new MailServer((Host ?? "").Trim(), Port, Security, (Sender ?? "").Trim(), (UserName ?? "").Trim(), Password ?? "",
            (PortalAddress ?? "").Trim(), (CaCertificate ?? "").Trim());
        if (server.Host.Length == 0)
            return (server, []);
        var errors = new List<string>();
        if (server.Port is < 1 or > 65535)
            errors.Add("Cổng phải từ 1 đến 65535.");
        if (!MailAddress.TryCreate(server.Sender, out _))
            errors.Add("Địa chỉ người gửi không hợp lệ.");
        if (!Uri.TryCreate(server.PortalAddress, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            errors.Add("Địa chỉ Portal phải là địa chỉ http hoặc https đầy đủ, ví dụ https://portal.cq.gov.vn.");
        if (server.CaCertificate.Length > 0 && !IsCertificate(server.CaCertificate))
            errors.Add("Chứng thư CA không đọc được: cần đúng một chứng thư dạng PEM (bắt đầu bằng -----BEGIN CERTIFICATE-----).");
        else if (server.CaCertificate.Length > 0 && server.Security == MailSecurity.None)
            errors.Add("Chứng thư CA chỉ dùng khi kết nối được mã hóa: hãy chọn STARTTLS hoặc TLS.");
        return (server, errors);
    }

    private static bool IsCertificate(string pem)
    {
        try
        {
            using var certificate = X509Certificate2.CreateFromPem(pem);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
