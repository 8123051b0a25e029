using Portal.Testing;

namespace Portal.Tests.Access;

/// <summary>The demo tenants plus the test document kind, shared by the matrix and the gate tests.</summary>
public sealed class AccessMatrixFixture : IAsyncLifetime
{
    public PortalTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PortalTestServer.StartAsync(extraModules: [new TestDocumentsModule()]);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
