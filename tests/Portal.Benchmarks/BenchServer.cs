using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>A scenario's server: its own database prefix (never a test's) and the scenario's data folder (--data).</summary>
public static class BenchServer
{
    public static Task<PortalTestServer> StartAsync(BenchOptions options, IDictionary<string, string?>? settings = null)
    {
        Environment.SetEnvironmentVariable("PORTAL_TEST_DATABASE_PREFIX", "portal_bench_");
        return PortalTestServer.StartAsync(settings: settings, dataFolder: Storage.ScenarioFolder(options));
    }
}
