using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Dossiers.Services;

namespace Portal.Dossiers.Recipes;

/// <summary>
/// Recipe step "dossierCatalogue": { "entries": [ { "code": "01.TCCB", "title", "unit": "TCCB", "retention": "vĩnh viễn" | "10",
/// "responsible": "chuyenvien", "notes" } ] } adds the lines to the catalogue of the current year (Vietnam time).
/// The responsible people must have been made by an earlier step.
/// </summary>
internal sealed class DossierCatalogueRecipeStep(TimeProvider clock) : IRecipeStep
{
    public string Name => "dossierCatalogue";

    public IEnumerable<string> Validate(RecipeStepContext context)
    {
        if (!RecipeJson.HasArray(context.Data, "entries"))
        {
            yield return "thiếu danh sách 'entries'.";
            yield break;
        }
        var year = DossierClock.Today(clock).Year;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in RecipeJson.Array(context.Data, "entries"))
        {
            var input = Input(entry);
            foreach (var problem in DossierCatalogue.Problems(input, year))
                yield return $"hồ sơ '{input.Code}': {problem}";
            if (!codes.Add(input.Code ?? ""))
                yield return $"số và ký hiệu hồ sơ '{input.Code}' bị lặp.";
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var catalogue = context.Services.GetRequiredService<DossierCatalogue>();
        var year = DossierClock.Today(clock).Year;
        foreach (var entry in RecipeJson.Array(context.Data, "entries"))
            await catalogue.AddAsync(Input(entry), year, "recipe", cancellationToken);
    }

    private static CatalogueInput Input(JsonElement entry) => new(null, RecipeJson.Text(entry, "unit"), RecipeJson.Text(entry, "code"),
        RecipeJson.Text(entry, "title"), RecipeJson.Text(entry, "retention"), RecipeJson.Text(entry, "responsible"), RecipeJson.Text(entry, "notes"));
}
