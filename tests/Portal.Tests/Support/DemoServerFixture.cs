using Portal.Testing;

namespace Portal.Tests.Support;

/// <summary>
/// One real server with the demo tenants for the tests that only read them or work on tenants they
/// create themselves; it also carries <see cref="DependentTestModule"/> so feature rules can be seen.
/// </summary>
public sealed class DemoServerFixture : IAsyncLifetime
{
    public PortalTestServer Server { get; private set; } = null!;

    public SignedInClients Clients { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await PortalTestServer.StartAsync(extraModules: [new DependentTestModule()]);
        Clients = new SignedInClients(Server);
    }

    public async Task DisposeAsync()
    {
        Clients.Dispose();
        await Server.DisposeAsync();
    }
}
