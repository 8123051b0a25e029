using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Recipes;

namespace Portal.Identity.Recipes;

/// <summary>Recipe step "roles": { "roles": ["van-thu", "lanh-dao", ...] } — which of the catalogue's roles the agency uses.</summary>
internal sealed class RolesRecipeStep : IRecipeStep
{
    public string Name => "roles";

    public IEnumerable<string> Validate(RecipeStepContext context)
    {
        if (!RecipeJson.HasArray(context.Data, "roles"))
            yield return "thiếu danh sách 'roles'.";
        foreach (var role in RecipeJson.Texts(context.Data, "roles"))
        {
            if (!Roles.Names.ContainsKey(role))
                yield return $"không có vai trò '{role}'.";
            else if (Roles.CentralOfficeOnly.Contains(role) && !context.Tenant.IsDefault)
                yield return $"vai trò '{Roles.Names[role]}' chỉ có ở cơ quan trung tâm.";
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var roles = context.Services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in RecipeJson.Texts(context.Data, "roles"))
        {
            if (await roles.RoleExistsAsync(role))
                continue;
            var result = await roles.CreateAsync(new IdentityRole(role));
            if (!result.Succeeded)
                throw new RequestRefusedException(result.Errors.Select(e => e.Description).ToList());
        }
    }
}
