using System.Text.Json;

namespace Portal.Core.Recipes;

/// <summary>A parsed recipe file: named steps that set a tenant up.</summary>
public sealed record Recipe(string Name, string DisplayName, string Description, IReadOnlyList<RecipeStepData> Steps);

public sealed record RecipeStepData(string Name, JsonElement Data);
