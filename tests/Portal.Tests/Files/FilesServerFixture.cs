using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Files;
using Portal.Files.Storage;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Files;

/// <summary>One real server with a configured master key, the upload test endpoint, and a commune whose vault the tests fill.</summary>
public sealed class FilesServerFixture : IAsyncLifetime
{
    public const string Tenant = "xa-kho-tep";
    public static readonly string MasterKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public const long MaxFileBytes = 300L * 1024 * 1024;

    public PortalTestServer Server { get; private set; } = null!;

    public SignedInClients Clients { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await PortalTestServer.StartAsync(demoTenants: false,
            settings: new Dictionary<string, string?>
            {
                ["Portal:MasterKey"] = MasterKey,
                // The limit is a setting: raised from its default (200 MB) so a 300 MB file can make the round trip.
                ["Portal:Files:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            extraModules: [new UploadTestModule()]);
        await Server.CreateTenantAsync(Tenant);
        Clients = new SignedInClients(Server);
    }

    public string VaultFolder => Path.Combine(TenantFiles.Folder(Server.DataFolder, Tenant), "files");

    /// <summary>Every file under the tenant's vault folder (blobs and temporary files).</summary>
    public IReadOnlyList<string> VaultContents() =>
        Directory.Exists(VaultFolder) ? Directory.GetFiles(VaultFolder, "*", SearchOption.AllDirectories) : [];

    public string BlobPath(Guid id) => Directory.GetFiles(VaultFolder, id.ToString("N") + ".blob", SearchOption.AllDirectories).Single();

    /// <summary>Runs work in the tenant, in its own scope and unit of work (rolled back unless the work commits).</summary>
    public async Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        var host = Server.Get<TenantHost>();
        var tenant = await host.ActivateAsync(Tenant) ?? throw new InvalidOperationException("The test tenant is not running.");
        return await host.RunAsync(tenant, work);
    }

    /// <summary>Stores and records a file in one committed unit of work, as a module would.</summary>
    public Task<StoredFile> KeepAsync(Stream content, string? name) => InTenantAsync(async services =>
    {
        var vault = services.GetRequiredService<IFileVault>();
        var stored = await vault.StoreAsync(content, name, CancellationToken.None);
        await services.GetRequiredService<ITenantUnitOfWork>().InTransactionAsync(() => vault.RecordAsync(stored, CancellationToken.None));
        return stored;
    });

    public Task<StoredFile?> FindAsync(Guid id) =>
        InTenantAsync(services => services.GetRequiredService<IFileVault>().FindAsync(id, CancellationToken.None));

    /// <summary>The whole content read back through the vault, hashed as it streams.</summary>
    public Task<string> ReadHashAsync(Guid id) => InTenantAsync(async services =>
    {
        await using var content = await services.GetRequiredService<IFileVault>().OpenReadAsync(id, CancellationToken.None);
        return Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(content));
    });

    internal Task<SweepResult> SweepAsync(TimeSpan grace) =>
        InTenantAsync(services => services.GetRequiredService<VaultSweep>().SweepAsync(grace, CancellationToken.None));

    public async Task DisposeAsync()
    {
        Clients.Dispose();
        await Server.DisposeAsync();
    }
}
