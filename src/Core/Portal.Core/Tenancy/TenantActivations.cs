using System.Threading.Channels;

namespace Portal.Core.Tenancy;

/// <summary>Tenants as they activate, for work that must follow an activation without delaying it (the outbox's replay).</summary>
public sealed class TenantActivations
{
    private readonly Channel<TenantContext> _channel = Channel.CreateUnbounded<TenantContext>();

    public ChannelReader<TenantContext> Reader => _channel.Reader;

    internal void Activated(TenantContext tenant) => _channel.Writer.TryWrite(tenant);
}
