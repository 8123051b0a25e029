using System.Text.Json;
using Portal.Core.Tenancy;

namespace Portal.Core.Recipes;

/// <summary>What a step sees: its own JSON, the setup parameters, the tenant and (while executing) the tenant's services.</summary>
public sealed class RecipeStepContext(JsonElement data, IReadOnlyDictionary<string, string> parameters, TenantContext tenant)
{
    public JsonElement Data { get; } = data;
    public IReadOnlyDictionary<string, string> Parameters { get; } = parameters;
    public TenantContext Tenant { get; } = tenant;
    public IServiceProvider Services { get; internal set; } = EmptyServices.Instance;

    public string? Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : null;

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();
        public object? GetService(Type serviceType) => null;
    }
}
