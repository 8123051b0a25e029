using Portal.Core.Modules;
using Portal.Host;
using Portal.Testing;
using Portal.Tests.Access;
using Portal.Tests.Support;

namespace Portal.Tests.ApiTokens;

/// <summary>One real server with the demo tenants and the test document kind, shared by the API token tests.</summary>
public sealed class ApiTokensFixture : IAsyncLifetime
{
    public PortalTestServer Server { get; private set; } = null!;

    public SignedInClients Clients { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await PortalTestServer.StartAsync(extraModules: Modules());
        Clients = new SignedInClients(Server);
    }

    public async Task DisposeAsync()
    {
        Clients.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>The test document kind, and the API token module itself until the host lists it.</summary>
    private static IReadOnlyList<IModuleStartup> Modules() =>
        PortalModules.All().Any(m => m is Portal.ApiTokens.Startup)
            ? [new TestDocumentsModule()]
            : [new TestDocumentsModule(), new Portal.ApiTokens.Startup()];
}
