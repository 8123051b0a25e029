using Portal.Testing;

namespace Portal.Tests.Resilience;

/// <summary>
/// An installation of its own for one test: a data folder, a database, the host process set up with the
/// demo tenants (`setup`), and, once started, the demo department's clerk signed in.
/// </summary>
public sealed class HostScene : IAsyncDisposable
{
    public const string Tenant = DemoAccounts.Department;

    private HostScene(PortalHostProcess host) => Host = host;

    public PortalHostProcess Host { get; }
    public PortalClient Clerk { get; private set; } = null!;

    /// <param name="keysFrom">Another installation whose master, audit and erasure keys this one gets (as an operator brings them to restore a backup).</param>
    public static async Task<HostScene> CreateAsync(bool demoTenants = true, HostScene? keysFrom = null)
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataFolder);
        if (keysFrom is not null)
        {
            var keys = Directory.CreateDirectory(Path.Combine(dataFolder, "keys"));
            foreach (var key in new[] { "master.key", "audit.key" })
                File.Copy(Path.Combine(keysFrom.Host.DataFolder, "keys", key), Path.Combine(keys.FullName, key));
            // The secret documents' erasure keys travel with the master key, never in a backup (operator guide).
            var erasure = new DirectoryInfo(Path.Combine(keysFrom.Host.DataFolder, "keys", "erasure"));
            if (erasure.Exists)
            {
                var copy = keys.CreateSubdirectory("erasure");
                foreach (var key in erasure.EnumerateFiles())
                    key.CopyTo(Path.Combine(copy.FullName, key.Name));
            }
        }
        var scene = new HostScene(new PortalHostProcess(dataFolder, await TestDatabase.CreateAsync(dataFolder, owned: true)));
        var setup = await scene.Host.RunAsync(demoTenants ? ["setup"] : ["setup", "--no-demo"]);
        Assert.True(setup.ExitCode == 0, setup.Output);
        return scene;
    }

    public async Task StartAsync(string tenant = Tenant)
    {
        await Host.StartAsync();
        Clerk?.Dispose();
        Clerk = new PortalClient(Host.BaseAddress);
        Assert.True(await Clerk.SignInAsync(tenant, DemoAccounts.Clerk, DemoAccounts.Password));
    }

    public async ValueTask DisposeAsync()
    {
        Clerk?.Dispose();
        await Host.KillAsync();
        await Host.Database.DropAsync();
        Directory.Delete(Host.DataFolder, recursive: true);
    }
}
