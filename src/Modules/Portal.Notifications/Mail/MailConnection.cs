using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Portal.Notifications.Mail;

/// <summary>
/// One session with the tenant's mail server: connected with the chosen protection and <see cref="MailServerTrust"/>,
/// signed in when credentials are set. A failure is logged for the admin in Vietnamese and thrown, so the outbox retries.
/// </summary>
public sealed class MailConnection : IAsyncDisposable
{
    private readonly SmtpClient _client = new();
    private readonly MailServer _server;
    private readonly MailServerTrust _trust;
    private readonly MailDeliveryLog _log;

    private MailConnection(MailServer server, MailDeliveryLog log)
    {
        _server = server;
        _log = log;
        _trust = new MailServerTrust(server.CaCertificate);
        _client.ServerCertificateValidationCallback = _trust.Check;
    }

    public static async Task<MailConnection> OpenAsync(MailServer server, MailDeliveryLog log, CancellationToken cancellationToken)
    {
        var connection = new MailConnection(server, log);
        try
        {
            await connection.RunAsync(async () =>
            {
                await connection._client.ConnectAsync(server.Host, server.Port, Options(server.Security), cancellationToken);
                if (server.UserName.Length > 0)
                    await connection._client.AuthenticateAsync(server.UserName, server.Password, cancellationToken);
            }, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
        RunAsync(() => _client.SendAsync(message, cancellationToken), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
            await _client.DisconnectAsync(true);
        _client.Dispose();
    }

    private async Task RunAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        try
        {
            await work();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await _log.FailedAsync(MailFailure.Describe(e, _server, _trust), cancellationToken);
            throw;
        }
    }

    private static SecureSocketOptions Options(MailSecurity security) => security switch
    {
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.Tls => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };
}
