using System.Net.Sockets;
using MailKit.Security;

namespace Portal.Notifications.Mail;

/// <summary>Why a mail could not go, in Vietnamese for the tenant admin's page.</summary>
public static class MailFailure
{
    public static string Describe(Exception error, MailServer server, MailServerTrust trust) => error switch
    {
        SslHandshakeException when trust.Refusal is { } refusal =>
            $"Không kết nối an toàn được tới máy chủ thư {server.Host}:{server.Port}: {refusal}. Thư chưa được gửi.",
        SslHandshakeException =>
            $"Không thiết lập được kết nối mã hóa với máy chủ thư {server.Host}:{server.Port} (kiểm tra kiểu mã hóa và cổng).",
        AuthenticationException =>
            $"Máy chủ thư {server.Host} từ chối đăng nhập: sai tài khoản hoặc mật khẩu.",
        SocketException =>
            $"Không kết nối được máy chủ thư {server.Host}:{server.Port}.",
        _ => $"Gửi thư không thành công ({error.GetType().Name}): {error.Message}",
    };
}
