using Portal.Testing;

namespace Portal.Tests.Access;

/// <summary>The demo tenants plus the test document kind, shared by the matrix and the gate tests.</summary>
public sealed class AccessMatrixFixture : IAsyncLifetime
{
    public PortalTestServer Server { get; private set; } = null!;

    /// <summary>A second factor counts as fresh for two seconds here, so step-up can be seen without waiting minutes.</summary>
    public static readonly TimeSpan StepUpFreshness = TimeSpan.FromSeconds(2);

    public async Task InitializeAsync() => Server = await PortalTestServer.StartAsync(extraModules: [new TestDocumentsModule()],
        settings: new Dictionary<string, string?> { ["Portal:StepUpFreshness"] = StepUpFreshness.ToString() });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
