using System.Threading.Channels;
using Portal.Core.Tenancy;

namespace Portal.Ocr.Services;

/// <summary>Wakes the runner when a job is queued, so a new job starts at once rather than at the next poll.</summary>
public sealed class OcrJobSignal
{
    private readonly Channel<TenantContext> _channel = Channel.CreateUnbounded<TenantContext>();

    public ChannelReader<TenantContext> Reader => _channel.Reader;

    public void Wake(TenantContext tenant) => _channel.Writer.TryWrite(tenant);
}
