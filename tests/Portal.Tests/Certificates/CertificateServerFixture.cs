using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit.Models;
using Portal.Core.Tenancy;
using Portal.Identity;
using Portal.Identity.Certificates;
using Portal.Identity.Models;
using Portal.Identity.Services;
using Portal.Testing;

namespace Portal.Tests.Certificates;

/// <summary>
/// One server (central office only) with certificate sign-in, shared by the certificate tests; its
/// recipes folder is a copy of the shipped one, so tests can add recipes. Each test class works in
/// agencies of its own, set up once.
/// </summary>
public sealed class CertificateServerFixture : IAsyncLifetime
{
    public const string Password = DemoAccounts.Password;

    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _once = new(StringComparer.Ordinal);

    public PortalTestServer Server { get; private set; } = null!;

    public string RecipesFolder { get; } = Path.Combine(Path.GetTempPath(), "portal-tests", "recipes-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(RecipesFolder);
        foreach (var recipe in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "recipes"), "*.json"))
            File.Copy(recipe, Path.Combine(RecipesFolder, Path.GetFileName(recipe)));
        Server = await PortalTestServer.StartAsync(demoTenants: false,
            settings: new Dictionary<string, string?> { ["Portal:RecipesFolder"] = RecipesFolder });
    }

    /// <summary>Builds something once per fixture (a test class's agencies and certificates) and shares it.</summary>
    public async Task<T> OnceAsync<T>(string key, Func<Task<T>> build) where T : class =>
        (T)await _once.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await build())).Value;

    public static string UniqueName(string stem) => $"{stem}-{Guid.NewGuid():N}"[..(stem.Length + 9)];

    /// <summary>A new commune agency (admin "quantri"); returns its prefix.</summary>
    public async Task<string> NewTenantAsync(string stem, string recipe = "commune")
    {
        var name = UniqueName(stem);
        await Server.CreateTenantAsync(name, recipe);
        return name;
    }

    public async Task<T> RunAsync<T>(string tenant, Func<IServiceProvider, Task<T>> work)
    {
        var host = Server.Get<TenantHost>();
        var context = await host.ActivateAsync(tenant) ?? throw new InvalidOperationException($"No tenant {tenant}.");
        return await host.RunAsync(context, work);
    }

    /// <summary>Trusts the CA in the agency, with the given revocation list, through the trust store the admin page uses.</summary>
    public Task TrustAsync(string tenant, TestAuthority authority, byte[] crl) => RunAsync(tenant, async services =>
    {
        var store = services.GetRequiredService<TrustStore>();
        await store.AddAuthorityAsync(authority.Certificate.RawData, CancellationToken.None);
        await store.UpdateCrlAsync(crl, CancellationToken.None);
        return true;
    });

    public Task UpdateCrlAsync(string tenant, byte[] crl) => RunAsync(tenant, async services =>
        await services.GetRequiredService<TrustStore>().UpdateCrlAsync(crl, CancellationToken.None));

    public Task<string> CreateUserAsync(string tenant, string userName, string fullName, string role = "chuyen-vien") =>
        RunAsync(tenant, async services => (await services.GetRequiredService<UserAccounts>().CreateAsync(
            new UserSpec(userName, Password, fullName, "Chuyên viên", null, [role], Clearance.None), CancellationToken.None)).Id);

    /// <summary>Binds the certificate to the account as the admin page does (refused unless it would sign in today).</summary>
    public Task BindAsync(string tenant, string userName, X509Certificate2 certificate) => RunAsync(tenant, async services =>
    {
        var user = await services.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName);
        return await services.GetRequiredService<CertificateBindings>().BindAsync(user!.Id, certificate.RawData, CancellationToken.None);
    });

    /// <summary>The sign-in entries of the agency's audit trail, newest first.</summary>
    public Task<List<AuditEntry>> AuditAsync(string tenant, string action) => RunAsync(tenant, services =>
        services.GetRequiredService<AuditDb>().Entries.AsNoTracking().Where(e => e.Action == action)
            .OrderByDescending(e => e.Position).ToListAsync());

    public async Task DisposeAsync()
    {
        foreach (var built in _once.Values.Where(b => b.IsValueCreated && b.Value.IsCompletedSuccessfully))
            (built.Value.Result as IDisposable)?.Dispose();
        await Server.DisposeAsync();
        Directory.Delete(RecipesFolder, recursive: true);
    }
}
