using System.Text.Json;

namespace Portal.Identity.Recipes;

/// <summary>Reading the Identity steps' JSON without exceptions, so validation can list every problem.</summary>
internal static class RecipeJson
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

    public static Clearance? ClearanceOf(string text) => text switch
    {
        "" or "none" => Clearance.None,
        "mat" => Clearance.Mat,
        "toi-mat" => Clearance.ToiMat,
        _ => null,
    };
}
