using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Templates.Services;

namespace Portal.Templates.Recipes;

/// <summary>Recipe step "documentTemplates": { "types": [ "cong-van", "quyet-dinh", … ] } installs Portal's default template of each type.</summary>
internal sealed class DocumentTemplatesRecipeStep : IRecipeStep
{
    public string Name => "documentTemplates";

    public IEnumerable<string> Validate(RecipeStepContext context)
    {
        if (!RecipeJson.HasArray(context.Data, "types"))
        {
            yield return "thiếu danh sách 'types'.";
            yield break;
        }
        foreach (var code in RecipeJson.Texts(context.Data, "types"))
        {
            if (DocumentTypes.Find(code) is null)
                yield return $"không có loại văn bản '{code}' ({string.Join(", ", DocumentTypes.All.Select(t => t.Code))}).";
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var templates = context.Services.GetRequiredService<TemplateAdministration>();
        foreach (var code in RecipeJson.Texts(context.Data, "types"))
            await templates.StoreAsync(DocumentTypes.Find(code)!, DefaultTemplates.For(DocumentTypes.Find(code)!), "recipe", cancellationToken);
    }
}
