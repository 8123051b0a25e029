using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;

namespace Portal.Core.Settings;

/// <summary>Recipe step "settings": { "values": { "key": "value", ... } }.</summary>
internal sealed class SettingsRecipeStep : IRecipeStep
{
    public string Name => "settings";

    public IEnumerable<string> Validate(RecipeStepContext context)
    {
        if (!context.Data.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            yield return "thiếu đối tượng 'values'.";
            yield break;
        }
        foreach (var value in values.EnumerateObject())
        {
            if (value.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null)
                yield return $"giá trị của '{value.Name}' phải là chuỗi, số hoặc true/false.";
            if (value.Name.Length is 0 or > 200)
                yield return "tên thiết lập phải có từ 1 đến 200 ký tự.";
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var settings = context.Services.GetRequiredService<ITenantSettings>();
        foreach (var value in context.Data.GetProperty("values").EnumerateObject())
        {
            var text = value.Value.ValueKind == JsonValueKind.String ? value.Value.GetString()! : value.Value.GetRawText();
            await settings.SetAsync(value.Name, text, cancellationToken);
        }
    }
}
