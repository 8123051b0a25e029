using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Portal.Tests.Notifications;

/// <summary>
/// A real SMTP server on loopback: Debian's aiosmtpd (python3-aiosmtpd, installed by scripts/setup-machine.sh) run by
/// loopback_smtp.py, writing every message it receives into a maildir of its own, read back here as MIME messages.
/// With certificates it speaks STARTTLS ("starttls") or TLS from the first byte ("implicit"); with an account it
/// requires AUTH.
/// </summary>
public sealed class LoopbackMailServer(string tls = "none", MailCertificates? certificates = null, string user = "", string password = "")
    : IDisposable
{
    private readonly string _maildir = Path.Combine(Path.GetTempPath(), "portal-mail", Guid.NewGuid().ToString("N"));
    private Process? _process;

    public int Port { get; } = FreePort();

    public void Start()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_maildir)!);
        List<string> arguments = [Path.Combine(AppContext.BaseDirectory, "Notifications", "loopback_smtp.py"), "--port", $"{Port}", "--maildir", _maildir,
            "--tls", tls];
        if (certificates is not null)
            arguments.AddRange(["--cert", certificates.CertificateFile, "--key", certificates.KeyFile]);
        if (user.Length > 0)
            arguments.AddRange(["--user", user, "--password", password]);
        _process = Process.Start(new ProcessStartInfo("/usr/bin/python3", arguments)
        {
            RedirectStandardError = true, RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (Listening())
                return;
            if (_process.HasExited)
                break;
            Thread.Sleep(100);
        }
        throw new InvalidOperationException($"aiosmtpd is not listening on {Port}: {_process.StandardError.ReadToEnd()}");
    }

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<MimeMessage> Received()
    {
        var folder = Path.Combine(_maildir, "new");
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Order().Select(f => MimeMessage.Load(f)).ToList() : [];
    }

    /// <summary>Everything a message says, decoded: its headers and its text.</summary>
    public static string Text(MimeMessage message) =>
        string.Join("\n", message.Headers.Select(h => $"{h.Field}: {h.Value}")) + "\n" + message.TextBody;

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process?.Dispose();
        if (Directory.Exists(_maildir))
            Directory.Delete(_maildir, recursive: true);
    }

    private bool Listening()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
