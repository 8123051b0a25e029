using System.Security.Claims;
using Portal.Core.Settings;
using Portal.Identity;

namespace Portal.Secrets.Services;

/// <summary>
/// Who may decide on a secret's life in this tenant: the roles listed in the setting below (comma-separated role
/// codes), by default the head of the agency, who sets levels (DOMAIN.md §2.3).
/// </summary>
public sealed class SecretDeciders(ITenantSettings settings)
{
    public const string RolesKey = "Secrets.DeciderRoles";

    public async Task<bool> MayDecideAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var roles = (await settings.GetAsync(RolesKey, cancellationToken) ?? Roles.Head).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return roles.Any(user.IsInRole);
    }
}
