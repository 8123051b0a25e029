using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Portal.Tests.Files;

/// <summary>
/// A multipart upload sent over a bare socket with chunked transfer encoding (no length), reading the
/// answer while it still sends, as a browser does: the server may answer and stop listening long
/// before the body ends, which an HttpClient reports only as a broken connection.
/// </summary>
public static class RawChunkedUpload
{
    private const string Boundary = "portal-test-boundary";

    public sealed record Outcome(int Status, string Body, long BytesSent);

    public static async Task<Outcome> SendAsync(Uri server, string path, CookieContainer cookies, string token, Stream file, string fileName)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        var head = $"POST /{path} HTTP/1.1\r\nHost: {server.Authority}\r\nCookie: {cookies.GetCookieHeader(new Uri(server, path))}\r\n" +
            $"Content-Type: multipart/form-data; boundary={Boundary}\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var sent = 0L;
        var sending = Task.Run(async () =>
        {
            try
            {
                await ChunkAsync(stream, Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n" +
                    $"--{Boundary}\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"{fileName}\"\r\nContent-Type: application/pdf\r\n\r\n"));
                var buffer = new byte[64 * 1024];
                int read;
                while ((read = await file.ReadAsync(buffer)) > 0)
                {
                    await ChunkAsync(stream, buffer.AsMemory(0, read));
                    Interlocked.Add(ref sent, read);
                }
                await ChunkAsync(stream, Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n"));
                await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
            }
            catch (IOException)
            {
                // The server stopped reading: expected once it has refused the upload.
            }
        });
        var (status, body) = await ReadResponseAsync(stream);
        tcp.Client.Shutdown(SocketShutdown.Both);
        await sending;
        return new Outcome(status, body, Interlocked.Read(ref sent));
    }

    private static async Task ChunkAsync(NetworkStream stream, ReadOnlyMemory<byte> data)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{data.Length:X}\r\n"));
        await stream.WriteAsync(data);
        await stream.WriteAsync("\r\n"u8.ToArray());
    }

    private static async Task<(int Status, string Body)> ReadResponseAsync(NetworkStream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[8192];
        int headerEnd;
        while ((headerEnd = IndexOf(received, "\r\n\r\n"u8)) < 0)
            received.AddRange(buffer.AsSpan(0, await ReadSomeAsync(stream, buffer)));
        var headers = Encoding.ASCII.GetString(received.GetRange(0, headerEnd).ToArray()).Split("\r\n");
        var status = int.Parse(headers[0].Split(' ')[1]);
        if (headers.FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) is { } lengthHeader)
        {
            var length = int.Parse(lengthHeader.Split(':')[1].Trim());
            while (received.Count < headerEnd + 4 + length)
                received.AddRange(buffer.AsSpan(0, await ReadSomeAsync(stream, buffer)));
            return (status, Encoding.UTF8.GetString(received.GetRange(headerEnd + 4, length).ToArray()));
        }
        while (IndexOf(received.GetRange(headerEnd, received.Count - headerEnd), "\r\n0\r\n\r\n"u8) < 0)
            received.AddRange(buffer.AsSpan(0, await ReadSomeAsync(stream, buffer)));
        return (status, Unchunk(received.GetRange(headerEnd + 4, received.Count - headerEnd - 4).ToArray()));
    }

    private static string Unchunk(byte[] chunked)
    {
        var body = new List<byte>();
        var at = 0;
        while (true)
        {
            var line = chunked.AsSpan(at).IndexOf("\r\n"u8);
            var size = Convert.ToInt32(Encoding.ASCII.GetString(chunked, at, line), 16);
            if (size == 0)
                return Encoding.UTF8.GetString(body.ToArray());
            body.AddRange(chunked.AsSpan(at + line + 2, size));
            at += line + 2 + size + 2;
        }
    }

    private static async Task<int> ReadSomeAsync(NetworkStream stream, byte[] buffer)
    {
        var read = await stream.ReadAsync(buffer);
        return read > 0 ? read : throw new IOException("The server closed the connection before its answer was complete.");
    }

    private static int IndexOf(List<byte> bytes, ReadOnlySpan<byte> value) => bytes.ToArray().AsSpan().IndexOf(value);
}
