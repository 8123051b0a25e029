using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Identity.Services;

namespace Portal.Identity.Recipes;

/// <summary>
/// Recipe step "users": { "users": [ { "userName", "password", "fullName", "position", "unit",
/// "roles": [...], "clearance": "none|mat|toi-mat" } ] }.
/// </summary>
internal sealed class UsersRecipeStep : IRecipeStep
{
    public string Name => "users";

    public IEnumerable<string> Validate(RecipeStepContext context)
    {
        if (!RecipeJson.HasArray(context.Data, "users"))
            yield return "thiếu danh sách 'users'.";
        foreach (var item in RecipeJson.Array(context.Data, "users"))
        {
            if (RecipeClearance.Of(RecipeJson.Text(item, "clearance")) is null)
                yield return $"mức tiếp cận '{RecipeJson.Text(item, "clearance")}' không hợp lệ (none, mat, toi-mat).";
            foreach (var error in UserAccounts.Check(Spec(item), context.Tenant.IsDefault))
                yield return error;
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var accounts = context.Services.GetRequiredService<UserAccounts>();
        foreach (var item in RecipeJson.Array(context.Data, "users"))
            await accounts.CreateAsync(Spec(item), cancellationToken);
    }

    private static UserSpec Spec(JsonElement item) => new(
        RecipeJson.Text(item, "userName"),
        RecipeJson.Text(item, "password"),
        RecipeJson.Text(item, "fullName"),
        RecipeJson.Text(item, "position"),
        RecipeJson.Text(item, "unit") is { Length: > 0 } unit ? unit : null,
        RecipeJson.Texts(item, "roles"),
        RecipeClearance.Of(RecipeJson.Text(item, "clearance")) ?? Clearance.None,
        RecipeJson.Text(item, "email"));
}
