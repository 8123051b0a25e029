using Portal.Rendering;
using Portal.Testing;

namespace Portal.Tests.Rendering;

/// <summary>The real host (no demo tenants) and the renderer and table export its container holds.</summary>
public sealed class RenderingFixture : IAsyncLifetime
{
    public PortalTestServer Server { get; private set; } = null!;

    public IPdfRenderer Renderer => Server.Get<IPdfRenderer>();

    public ITableExport Export => Server.Get<ITableExport>();

    public async Task InitializeAsync() => Server = await PortalTestServer.StartAsync(demoTenants: false);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
