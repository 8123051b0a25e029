using System.Text.Json.Nodes;
using Portal.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Recipes;

/// <summary>
/// A server (central office only) reading its recipes from a temporary folder that holds copies of
/// the shipped recipes, so tests can add broken ones beside them.
/// </summary>
public sealed class RecipeServerFixture : IAsyncLifetime
{
    public string RecipesFolder { get; } = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N") + "-recipes");

    public PortalTestServer Server { get; private set; } = null!;

    public SignedInClients Clients { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(RecipesFolder);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "recipes"), "*.json"))
            File.Copy(file, Path.Combine(RecipesFolder, Path.GetFileName(file)));
        Server = await PortalTestServer.StartAsync(demoTenants: false,
            settings: new Dictionary<string, string?> { ["Portal:RecipesFolder"] = RecipesFolder });
        Clients = new SignedInClients(Server);
    }

    /// <summary>Writes recipe <paramref name="name"/>: the commune recipe changed by <paramref name="change"/>.</summary>
    public string WriteCommuneVariant(string name, Action<JsonArray> change)
    {
        var recipe = JsonNode.Parse(File.ReadAllText(Path.Combine(RecipesFolder, "commune.json")))!.AsObject();
        recipe["name"] = name;
        recipe["displayName"] = "Thử: " + name;
        change(recipe["steps"]!.AsArray());
        return WriteText(name, recipe.ToJsonString());
    }

    public string WriteText(string name, string text)
    {
        File.WriteAllText(Path.Combine(RecipesFolder, name + ".json"), text);
        return name;
    }

    public void Remove(string name) => File.Delete(Path.Combine(RecipesFolder, name + ".json"));

    public async Task DisposeAsync()
    {
        Clients.Dispose();
        await Server.DisposeAsync();
        Directory.Delete(RecipesFolder, recursive: true);
    }
}
