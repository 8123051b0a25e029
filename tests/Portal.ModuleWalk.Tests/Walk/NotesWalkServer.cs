using Portal.Core.Tenancy;
using Portal.Testing;
using Xunit;

namespace Portal.ModuleWalk.Tests.Walk;

/// <summary>
/// The real host with the Notes module added, a recipes folder holding "commune-notes", and two
/// communes: one set up from "commune-notes", one from the shipped "commune" (no Notes feature).
/// </summary>
public sealed class NotesWalkServer : IAsyncLifetime
{
    public const string WithNotes = "xa-ghi-chu";
    public const string WithoutNotes = "xa-khong-ghi-chu";

    private readonly string _recipes = Path.Combine(Path.GetTempPath(), "portal-walk-recipes", Guid.NewGuid().ToString("N"));

    public PortalTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        NotesRecipe.Write(Path.Combine(AppContext.BaseDirectory, "recipes"), _recipes);
        Server = await PortalTestServer.StartAsync(demoTenants: false,
            settings: new Dictionary<string, string?> { ["Portal:RecipesFolder"] = _recipes },
            extraModules: [new Notes.Startup()]);
        await Server.CreateTenantAsync(WithNotes, NotesRecipe.Name);
        await Server.CreateTenantAsync(WithoutNotes, "commune");
    }

    /// <summary>The tenant's own SQLite file.</summary>
    public string DatabaseFile(string tenant) => Path.Combine(Server.DataFolder, "Sites", tenant, "portal.db");

    public async Task<PortalClient> SignedInAsync(string tenant, string userName)
    {
        var client = Server.Client();
        Assert.True(await client.SignInAsync(tenant, userName, DemoAccounts.Password), $"{userName} could not sign in to {tenant}");
        return client;
    }

    public Task<TenantRecord?> FindAsync(string tenant) => Server.Get<TenantAdministration>().FindAsync(tenant, CancellationToken.None);

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(_recipes, recursive: true);
    }
}
