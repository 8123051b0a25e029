using Portal.Testing;

namespace Portal.Tests.Audit;

/// <summary>One server without demo tenants for the audit tests; each test makes its own tenant.</summary>
public sealed class AuditServerFixture : IAsyncLifetime
{
    public PortalTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PortalTestServer.StartAsync(demoTenants: false);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
