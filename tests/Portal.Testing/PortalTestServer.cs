using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;
using Portal.Core.Tenancy;
using Portal.Host;
using Portal.Host.Setup;

namespace Portal.Testing;

/// <summary>
/// The real application on Kestrel on a free loopback port, with its own data folder: the central
/// office and the demo tenants set up from the shipped recipes, exactly as `./portal run` does.
/// </summary>
public sealed class PortalTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PortalTestServer(WebApplication app, TestDatabase database, string dataFolder, Uri http, Uri https)
    {
        _app = app;
        Database = database;
        DataFolder = dataFolder;
        BaseAddress = http;
        HttpsAddress = https;
    }

    public string DataFolder { get; }
    public TestDatabase Database { get; }
    public Uri BaseAddress { get; }
    public Uri HttpsAddress { get; }
    public IServiceProvider Services => _app.Services;

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    /// <param name="sharedDatabase">Another server's database to work on (its tenants, its rows), instead of a new one.</param>
    /// <param name="clock">The application's clock (its <see cref="TimeProvider"/>) instead of the system's.</param>
    public static async Task<PortalTestServer> StartAsync(bool demoTenants = true, IDictionary<string, string?>? settings = null,
        string? dataFolder = null, IEnumerable<IModuleStartup>? extraModules = null, TestDatabase? sharedDatabase = null,
        TimeProvider? clock = null)
    {
        var owned = dataFolder is null;
        dataFolder ??= Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataFolder);
        var values = new Dictionary<string, string?>
        {
            ["Portal:DataFolder"] = dataFolder,
            ["Portal:HttpUrl"] = "http://127.0.0.1:0",
            ["Portal:HttpsUrl"] = "https://127.0.0.1:0",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // Tests sign in many people from one address; the limiter itself is tested with its default.
            ["Portal:SignInAttemptsPerMinute"] = "10000",
        };
        var database = sharedDatabase is null ? await TestDatabase.CreateAsync(dataFolder, owned) : TestDatabase.Shared(sharedDatabase);
        foreach (var (key, value) in database.Settings())
            values[key] = value;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;
        var app = PortalWebApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(values);
            if (clock is not null)
                builder.Services.AddSingleton(clock);
        }, extraModules);
        await ActivatorUtilities.CreateInstance<FirstRun>(app.Services).RunAsync(demoTenants, CancellationToken.None);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var http = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).TrimEnd('/') + "/");
        var https = new Uri(addresses.First(a => a.StartsWith("https://", StringComparison.Ordinal)).TrimEnd('/') + "/");
        return new PortalTestServer(app, database, dataFolder, http, https);
    }

    /// <summary>A browser-like client: cookies kept, redirects not followed (tests look at them).</summary>
    public PortalClient Client() => new(BaseAddress);

    public Task<TenantRecord> CreateTenantAsync(string name, string recipe = "commune", string adminPassword = DemoAccounts.Password) =>
        Get<TenantAdministration>().CreateAsync(new TenantCreation(name, $"Ủy ban nhân dân xã {name}", NextAgencyCode(),
            "Ủy ban nhân dân tỉnh Nghệ An", AgencyLevel.Commune, recipe, "quantri", adminPassword, "Quản trị xã"), CancellationToken.None);

    private int _codes = 100;

    private string NextAgencyCode()
    {
        var n = Interlocked.Increment(ref _codes);
        return $"{n / 100 % 1000:000}.{n % 100:00}.41.H41";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Database.DropAsync();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS; the temp folder is cleaned by the system.
        }
    }
}
