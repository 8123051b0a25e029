using System.Text.Json;

namespace Portal.Core.Recipes;

/// <summary>Reading a recipe step's JSON without exceptions, so validation can list every problem.</summary>
public static class RecipeJson
{
    public static IEnumerable<JsonElement> Array(JsonElement data, string property) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    public static bool HasArray(JsonElement data, string property) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array;

    public static string Text(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? ""
            : "";

    public static IReadOnlyList<string> Texts(JsonElement item, string property) =>
        Array(item, property).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();
}
