using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Tenancy;

/// <summary>A server with the central office only and the default idle timeout (20 minutes), so nothing is released behind a test's back.</summary>
public sealed class PlainServerFixture : IAsyncLifetime
{
    public PortalTestServer Server { get; private set; } = null!;

    public SignedInClients Clients { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await PortalTestServer.StartAsync(demoTenants: false);
        Clients = new SignedInClients(Server);
    }

    public async Task DisposeAsync()
    {
        Clients.Dispose();
        await Server.DisposeAsync();
    }
}
