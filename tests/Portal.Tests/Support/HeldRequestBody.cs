using System.Net;
using System.Text;

namespace Portal.Tests.Support;

/// <summary>
/// A form body a slow client trickles until released, then ends: its request stays in flight meanwhile. It keeps above
/// Kestrel's minimum body data rate (240 bytes a second), which would otherwise end the request on its own.
/// </summary>
public sealed class HeldRequestBody : HttpContent
{
    private static readonly byte[] Trickle = Encoding.ASCII.GetBytes(new string('a', 100));
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HeldRequestBody() => Headers.ContentType = new("application/x-www-form-urlencoded");

    public void Release() => _release.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes("UserName=quantri&Note="));
        while (!_release.Task.IsCompleted)
        {
            await stream.WriteAsync(Trickle);
            await stream.FlushAsync();
            await Task.WhenAny(_release.Task, Task.Delay(100));
        }
        await stream.WriteAsync(Encoding.ASCII.GetBytes("&Password=khong-dung"));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
