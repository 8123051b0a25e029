using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Identity.Services;

namespace Portal.Identity.Recipes;

/// <summary>
/// Recipe step "adminAccount": { "roles": [...] } — the agency's one admin account, from the
/// setup parameters the central office entered. The admin then creates the agency's users.
/// </summary>
internal sealed class AdminAccountRecipeStep : IRecipeStep
{
    public string Name => "adminAccount";

    public IEnumerable<string> Validate(RecipeStepContext context)
    {
        if (!RecipeJson.Texts(context.Data, "roles").Contains(Roles.TenantAdmin))
            yield return $"tài khoản quản trị phải có vai trò '{Roles.TenantAdmin}'.";
        foreach (var error in UserAccounts.Check(Spec(context), context.Tenant.IsDefault))
            yield return error;
    }

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
        context.Services.GetRequiredService<UserAccounts>().CreateAsync(Spec(context), cancellationToken);

    private static UserSpec Spec(RecipeStepContext context) => new(
        context.Parameter(SetupParameters.AdminUserName) ?? "",
        context.Parameter(SetupParameters.AdminPassword) ?? "",
        context.Parameter(SetupParameters.AdminFullName) is { Length: > 0 } name ? name : "Quản trị hệ thống",
        "Quản trị hệ thống",
        null,
        RecipeJson.Texts(context.Data, "roles"),
        Clearance.None);
}
