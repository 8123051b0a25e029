using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Portal.Core.Recipes;

/// <summary>The recipe files of the recipes folder, read and parsed on demand.</summary>
public sealed class RecipeCatalogue(IOptions<PortalOptions> options)
{
    /// <summary>The recipes that parse; a broken file is left out here (and refused with its reason when asked for by name).</summary>
    public IReadOnlyList<Recipe> List()
    {
        if (!Directory.Exists(options.Value.RecipesFolder))
            return [];
        var recipes = new List<Recipe>();
        foreach (var file in Directory.EnumerateFiles(options.Value.RecipesFolder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                recipes.Add(Parse(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file)));
            }
            catch (RequestRefusedException)
            {
                // Named by Get() when someone picks it.
            }
        }
        return recipes;
    }

    public Recipe Get(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(['/', '\\', '.']) >= 0)
            throw new RequestRefusedException($"Không có công thức (recipe) '{name}'.");
        var file = Path.Combine(options.Value.RecipesFolder, name + ".json");
        if (!File.Exists(file))
            throw new RequestRefusedException($"Không có công thức (recipe) '{name}'.");
        return Parse(File.ReadAllText(file), name);
    }

    public static Recipe Parse(string json, string fallbackName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new RequestRefusedException($"Công thức '{fallbackName}' không phải JSON hợp lệ (lỗi ở dòng {e.LineNumber + 1}, cột {e.BytePositionInLine + 1})");
        }
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new RequestRefusedException($"Công thức '{fallbackName}' phải là một đối tượng JSON.");
        if (!root.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
            throw new RequestRefusedException($"Công thức '{fallbackName}' thiếu danh sách bước (steps).");
        var parsed = new List<RecipeStepData>();
        var index = 0;
        foreach (var step in steps.EnumerateArray())
        {
            index++;
            if (step.ValueKind != JsonValueKind.Object || !step.TryGetProperty("name", out var stepName) ||
                stepName.ValueKind != JsonValueKind.String)
                throw new RequestRefusedException($"Bước thứ {index} của công thức '{fallbackName}' thiếu tên (name).");
            parsed.Add(new RecipeStepData(stepName.GetString()!, step.Clone()));
        }
        return new Recipe(
            Text(root, "name") ?? fallbackName,
            Text(root, "displayName") ?? fallbackName,
            Text(root, "description") ?? "",
            parsed);
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
