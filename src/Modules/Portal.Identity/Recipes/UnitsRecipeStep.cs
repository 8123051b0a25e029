using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Identity.Models;

namespace Portal.Identity.Recipes;

/// <summary>Recipe step "units": { "units": [ { "code": "VP", "name": "Văn phòng", "parent": null } ] }.</summary>
internal sealed class UnitsRecipeStep : IRecipeStep
{
    public string Name => "units";

    public IEnumerable<string> Validate(RecipeStepContext context)
    {
        if (!RecipeJson.HasArray(context.Data, "units"))
            yield return "thiếu danh sách 'units'.";
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in RecipeJson.Array(context.Data, "units"))
        {
            var code = RecipeJson.Text(unit, "code");
            if (code.Length is 0 or > 50)
                yield return "mã đơn vị (code) phải có từ 1 đến 50 ký tự.";
            else if (!codes.Add(code))
                yield return $"mã đơn vị '{code}' bị lặp.";
            if (RecipeJson.Text(unit, "name").Length is 0 or > 300)
                yield return $"tên đơn vị '{code}' phải có từ 1 đến 300 ký tự.";
            var parent = RecipeJson.Text(unit, "parent");
            if (parent.Length > 0 && !codes.Contains(parent))
                yield return $"đơn vị cha '{parent}' của '{code}' phải được khai báo trước.";
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<IdentityDb>();
        var ids = new Dictionary<string, OrganisationUnit>(StringComparer.Ordinal);
        foreach (var item in RecipeJson.Array(context.Data, "units"))
        {
            var parent = RecipeJson.Text(item, "parent");
            var unit = new OrganisationUnit { Code = RecipeJson.Text(item, "code"), Name = RecipeJson.Text(item, "name") };
            if (parent.Length > 0)
                unit.ParentId = ids[parent].Id;
            db.Units.Add(unit);
            await db.SaveChangesAsync(cancellationToken);
            ids[unit.Code] = unit;
        }
    }
}
